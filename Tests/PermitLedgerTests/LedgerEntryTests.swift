import Foundation
@testable import PermitLedger
import Testing

@Suite("Ledger entry encoding")
struct LedgerEntryTests {
    static func date(ms: Int64) -> Date {
        Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    static let sample = LedgerEntry(
        eventType: "license.issued", actor: "user:42", subjectKind: "case", subjectID: "ZJ-2026-0001",
        time: date(ms: 1_795_403_045_678),
        fields: ["licenseNumber": "浙食许2026001", "b": "2", "a": "1"],
        evidence: [TreeHasher.emptyRoot, TreeHasher.leafHash([1])]
    )

    /// A `UInt32` length and the UTF-8 bytes, written out independently of
    /// the encoder under test.
    static func prefixed(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        let count = UInt32(utf8.count)
        return [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + utf8
    }

    @Test func knownAnswerMinimalEntry() throws {
        let entry = LedgerEntry(eventType: "e", actor: "a", subjectKind: "k", subjectID: "i", time: Self.date(ms: 0))
        let expected = "01" + "0000000165" + "0000000161" + "000000016b" + "0000000169"
            + "00000018" + "313937302d30312d30315430303a30303a30302e3030305a" + "00000000" + "00000000"
        #expect(try entry.encoded() == bytes(hex: expected))
    }

    @Test func documentedLayout() throws {
        var expected: [UInt8] = [0x01]
        for text in ["license.issued", "user:42", "case", "ZJ-2026-0001", "2026-11-23T03:04:05.678Z"] {
            expected += Self.prefixed(text)
        }
        expected += [0, 0, 0, 3]
        for (key, value) in [("a", "1"), ("b", "2"), ("licenseNumber", "浙食许2026001")] {
            expected += Self.prefixed(key) + Self.prefixed(value)
        }
        expected += [0, 0, 0, 2] + TreeHasher.emptyRoot.bytes + TreeHasher.leafHash([1]).bytes
        #expect(try Self.sample.encoded() == expected)
        #expect(try Self.sample.leafHash() == TreeHasher.leafHash(expected))
    }

    @Test func roundTrips() throws {
        let encoded = try Self.sample.encoded()
        let decoded = try LedgerEntry(decoding: encoded)
        #expect(decoded == Self.sample)
        #expect(try decoded.encoded() == encoded)
    }

    @Test func keysSortByBytesNotSwiftOrder() throws {
        // Swift orders "e\u{301}" (é, decomposed) after "f"; its bytes 65 cc 81 sort before 66.
        #expect("e\u{301}" > "f")
        let entry = LedgerEntry(eventType: "e", actor: "a", subjectKind: "k", subjectID: "i", time: Self.date(ms: 0),
                                fields: ["f": "1", "e\u{301}": "2", "B": "3"])
        let encoded = try entry.encoded()
        let keyOrder = ["B", "e\u{301}", "f"].map { Self.prefixed($0) }
        let positions = keyOrder.map { key in encoded.indices.first { encoded[$0...].starts(with: key) } ?? -1 }
        #expect(positions == positions.sorted() && !positions.contains(-1))
        #expect(try LedgerEntry(decoding: encoded) == entry)
    }

    @Test func timeFormat() throws {
        let cases: [(Int64, String)] = [
            (1_795_403_045_678, "2026-11-23T03:04:05.678Z"),
            (0, "1970-01-01T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (951_825_600_001, "2000-02-29T12:00:00.001Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
            (-62_167_219_200_000, "0000-01-01T00:00:00.000Z"),
        ]
        for (ms, text) in cases {
            let entry = LedgerEntry(eventType: "", actor: "", subjectKind: "", subjectID: "", time: Self.date(ms: ms))
            let encoded = try entry.encoded()
            #expect(encoded[21..<45].elementsEqual(text.utf8), "\(ms)")
            #expect(try LedgerEntry(decoding: encoded).time == Self.date(ms: ms), "\(ms)")
        }
    }

    @Test func timeRoundsToTheMillisecond() throws {
        let entry = LedgerEntry(eventType: "", actor: "", subjectKind: "", subjectID: "",
                                time: Date(timeIntervalSince1970: 1.23449))
        let decoded = try LedgerEntry(decoding: try entry.encoded())
        #expect(decoded.time == Self.date(ms: 1234))
    }

    @Test func timeOutsideFourDigitYears() {
        for ms: Int64 in [253_402_300_800_000, -62_167_219_200_001] {
            let entry = LedgerEntry(eventType: "", actor: "", subjectKind: "", subjectID: "", time: Self.date(ms: ms))
            #expect(throws: LedgerEntryError.timeOutOfRange) { try entry.encoded() }
        }
        let infinite = LedgerEntry(eventType: "", actor: "", subjectKind: "", subjectID: "", time: .distantFuture.addingTimeInterval(.infinity))
        #expect(throws: LedgerEntryError.timeOutOfRange) { try infinite.encoded() }
    }

    @Test func rejectsNonCanonicalTimes() throws {
        for text in [
            "2026-11-23T03:04:05Z", "2026-11-23T03:04:05.678+08:00", "2026-11-23t03:04:05.678Z", "2026-11-23T03:04:05.678z",
            "2026-02-29T03:04:05.678Z", "2026-13-01T00:00:00.000Z", "2026-11-23T24:00:00.000Z", "2026-11-23T23:59:60.000Z",
            "2026-11-23T03:04:05.6780Z", "2026-11-23 03:04:05.678Z", "+026-11-23T03:04:05.678Z",
        ] {
            var raw: [UInt8] = [0x01] + Self.prefixed("") + Self.prefixed("") + Self.prefixed("") + Self.prefixed("")
            raw += Self.prefixed(text) + [0, 0, 0, 0, 0, 0, 0, 0]
            #expect(throws: LedgerEntryError.invalidTime(text)) { try LedgerEntry(decoding: raw) }
        }
    }

    @Test func rejectsMalformedBytes() throws {
        let encoded = try Self.sample.encoded()
        #expect(throws: LedgerEntryError.unsupportedVersion(2)) { try LedgerEntry(decoding: [2] + encoded.dropFirst()) }
        #expect(throws: LedgerEntryError.trailingBytes(1)) { try LedgerEntry(decoding: encoded + [0]) }
        for length in 0..<encoded.count {
            #expect(throws: LedgerEntryError.truncated, "prefix \(length)") { try LedgerEntry(decoding: Array(encoded[..<length])) }
        }
    }

    @Test func rejectsUnsortedAndDuplicateKeys() throws {
        let head: [UInt8] = [0x01] + ["e", "a", "k", "i", "1970-01-01T00:00:00.000Z"].flatMap(Self.prefixed)
        func entry(_ pairs: [(String, String)]) -> [UInt8] {
            head + [0, 0, 0, UInt8(pairs.count)] + pairs.flatMap { Self.prefixed($0.0) + Self.prefixed($0.1) } + [0, 0, 0, 0]
        }
        #expect(throws: Never.self) { try LedgerEntry(decoding: entry([("a", "1"), ("b", "2")])) }
        #expect(throws: LedgerEntryError.unsortedKeys("a")) { try LedgerEntry(decoding: entry([("b", "2"), ("a", "1")])) }
        #expect(throws: LedgerEntryError.duplicateKey("a")) { try LedgerEntry(decoding: entry([("a", "1"), ("a", "2")])) }
        // Different bytes, equal Swift strings: a dictionary would merge them.
        #expect(throws: LedgerEntryError.duplicateKey("\u{E9}")) {
            try LedgerEntry(decoding: entry([("e\u{301}", "1"), ("\u{E9}", "2")]))
        }
    }

    @Test func rejectsInvalidUTF8() throws {
        var raw: [UInt8] = [0x01, 0, 0, 0, 1, 0xFF]
        raw += ["a", "k", "i", "1970-01-01T00:00:00.000Z"].flatMap(Self.prefixed) + [0, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: LedgerEntryError.invalidUTF8(field: "eventType")) { try LedgerEntry(decoding: raw) }
    }

    /// A truncated four-byte sequence is repaired to U+FFFD, three bytes
    /// like itself: the validation must compare bytes, not lengths.
    @Test func rejectsInvalidUTF8OfRepairedLength() throws {
        var raw: [UInt8] = [0x01, 0, 0, 0, 3, 0xF0, 0x9F, 0x98]
        raw += ["a", "k", "i", "1970-01-01T00:00:00.000Z"].flatMap(Self.prefixed) + [0, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: LedgerEntryError.invalidUTF8(field: "eventType")) { try LedgerEntry(decoding: raw) }
        #expect(String(utf8Exactly: Array("\u{FFFD}证".utf8)[...]) == "\u{FFFD}证")
    }

    @Test func subjectFoundWithoutDecoding() throws {
        let bytes = try Self.sample.encoded()
        func subject(_ bytes: [UInt8]) -> (kind: String, id: String)? {
            bytes.withUnsafeBytes { raw in
                LedgerEntry.subjectRanges(in: raw).map {
                    (String(decoding: raw[$0.kind], as: UTF8.self), String(decoding: raw[$0.id], as: UTF8.self))
                }
            }
        }
        #expect(subject(bytes)?.kind == Self.sample.subjectKind)
        #expect(subject(bytes)?.id == Self.sample.subjectID)
        #expect(subject(Array(bytes.prefix(12))) == nil)
        #expect(subject([0x02] + bytes.dropFirst()) == nil)
        #expect(subject([]) == nil)
        // A length that runs past the end by one byte.
        let cut = bytes.withUnsafeBytes { LedgerEntry.subjectRanges(in: $0)! }.id
        #expect(subject(Array(bytes.prefix(cut.upperBound - 1))) == nil)
        #expect(subject(Array(bytes.prefix(cut.upperBound)))?.id == Self.sample.subjectID)
    }

    @Test func lengthFoundAtTheStartOfEntriesLaidEndToEnd() throws {
        let first = try Self.sample.encoded()
        let second = try LedgerEntry(eventType: "e", actor: "a", subjectKind: "k", subjectID: "i", time: Self.date(ms: 0)).encoded()
        func length(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBytes { LedgerEntry.encodedLength(atStartOf: $0) } }
        #expect(length(first + second) == first.count)
        #expect(length(second + first) == second.count)
        #expect(length(first) == first.count)
        // One byte short of the last evidence hash, a wrong version, nothing.
        #expect(length(Array(first.dropLast())) == nil)
        #expect(length([0x02] + first.dropFirst()) == nil)
        #expect(length([]) == nil)
        // A field count far beyond what the bytes hold ends at their end.
        var hostile = Array(second.dropLast(8))
        hostile += [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]
        #expect(length(hostile) == nil)
        // An evidence count whose hashes would run past the end.
        #expect(length(Array(second.dropLast(4)) + [0, 0, 0, 1]) == nil)
    }

    @Test func entriesMustFitAnEntryBundle() throws {
        var entry = Self.sample
        entry.fields["note"] = String(repeating: "x", count: 65_535)
        #expect(throws: LedgerEntryError.self) { try entry.encoded() }
        entry.fields["note"] = String(repeating: "x", count: 65_000)
        let encoded = try entry.encoded()
        #expect(try TileCoding.parseEntryBundle(try TileCoding.entryBundle([encoded])) == [encoded])
    }
}
