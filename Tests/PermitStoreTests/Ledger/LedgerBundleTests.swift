import FluentPostgresDriver
import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) @testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// PostgreSQL keeps each full bundle of 256 entries as one row
/// (`LedgerLayout.bundles`): what the fsck reads from a bundle must be
/// exactly its entries, what the API reads must be the log, and every way a
/// bundle can be damaged must be named.
@Suite("Ledger entry bundles — 256 entries a row on PostgreSQL (REC-9)")
struct LedgerBundleTests {
    private static let width = Int(LedgerBundleStore.width)

    /// PostgreSQL's binary form of a one-dimensional `text[]`.
    private static func textArray(_ elements: [String?]) -> [UInt8] {
        func int32(_ value: Int) -> [UInt8] { withUnsafeBytes(of: Int32(value).bigEndian, Array.init) }
        var bytes = int32(1) + int32(elements.contains(nil) ? 1 : 0) + int32(25) + int32(elements.count) + int32(1)
        for element in elements {
            bytes += element.map { int32($0.utf8.count) + Array($0.utf8) } ?? int32(-1)
        }
        return bytes
    }

    private static func encoded(_ numbers: Range<Int>) throws -> [[UInt8]] {
        try LedgerFixture.uncoveredEvents(numbers).map { try LedgerEntry($0).encoded() }
    }

    private static func rows(of batch: LedgerEntryBatch) -> [String] {
        batch.rows.map { row in
            let stored = batch.stored(row)
            return "\(stored.index) \(stored.subject.kind) \(stored.subject.id) \(stored.bytes) \(stored.leafHash ?? [])"
        }
    }

    @Test("a text[] in binary form is read element by element, and any other shape is refused")
    func textArrays() throws {
        func elements(_ bytes: [UInt8]) -> [String]? {
            PostgresTextArray.elements(of: ByteBuffer(bytes: bytes))?.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(elements(Self.textArray(["310101", "", "沪-2026-0001"])) == ["310101", "", "沪-2026-0001"])
        #expect(elements([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25]) == [], "no dimensions: the empty array")
        #expect(elements(Self.textArray(["a", nil])) == nil, "a null")
        #expect(elements(Array(Self.textArray(["a", "b"]).dropLast())) == nil, "cut short")
        #expect(elements(Self.textArray(["a"]) + [0]) == nil, "a byte after the last element")
        var hostile = Self.textArray([])
        hostile.replaceSubrange(12..<16, with: [0x7F, 0xFF, 0xFF, 0xFF])
        #expect(elements(hostile) == nil, "a count of 2^31 - 1 with no elements behind it")
        var twoDimensions = Self.textArray(["a"])
        twoDimensions[3] = 2
        #expect(elements(twoDimensions) == nil)
    }

    @Test("a bundle's columns give exactly the rows its entries would have, clipped to the page")
    func bundleIsItsRows() throws {
        let entries = try Self.encoded(256..<512)
        let tile = entries.flatMap { TreeHasher.leafHash($0).bytes }
        var byRow = LedgerEntryBatch()
        for (offset, bytes) in entries.enumerated() where offset >= 10 && offset < 200 {
            byRow.append(
                index: 256 + Int64(offset), subjectKind: ByteBuffer(string: "benchmark"), subjectID: ByteBuffer(string: String(256 + offset)),
                entry: ByteBuffer(bytes: bytes), leafHash: ByteBuffer(bytes: TreeHasher.leafHash(bytes).bytes)
            )
        }
        var bundled = LedgerEntryBatch()
        bundled.append(
            bundle: 1, entries: ByteBuffer(bytes: entries.joined()), subjectIDs: ByteBuffer(bytes: Self.textArray((256..<512).map(String.init))),
            tile: ByteBuffer(bytes: tile), within: 266..<456
        )
        #expect(bundled.stop == nil)
        #expect(Self.rows(of: bundled) == Self.rows(of: byRow))
    }

    @Test("a bundle that is not 256 whole entries and 256 subject identifiers stops the batch at its first entry")
    func misshapenBundles() throws {
        let entries = try Self.encoded(0..<257)
        let ids = (0..<256).map(String.init)
        func stop(_ entries: [UInt8], _ ids: [UInt8], tile: [UInt8]? = nil) -> LedgerDivergence? {
            var batch = LedgerEntryBatch()
            batch.append(
                bundle: 3, entries: ByteBuffer(bytes: entries), subjectIDs: ByteBuffer(bytes: ids), tile: tile.map { ByteBuffer(bytes: $0) },
                within: 768..<1024
            )
            #expect(batch.stop == nil || batch.rows.isEmpty)
            return batch.stop
        }
        let whole = Array(entries.prefix(256).joined())
        #expect(stop(whole, Self.textArray(ids)) == nil)
        let shapes: [(entries: [UInt8], ids: [UInt8], reason: LedgerDivergence.Reason)] = [
            (Array(entries.prefix(255).joined()), Self.textArray(ids), .bundleShape(bundle: 3, entries: 255, subjectIDs: 256)),
            (Array(entries.joined()), Self.textArray(ids), .bundleShape(bundle: 3, entries: 257, subjectIDs: 256)),
            (whole, Self.textArray(Array(ids.dropLast())), .bundleShape(bundle: 3, entries: 256, subjectIDs: 255)),
            (Array(whole.dropLast()), Self.textArray(ids), .bundleUnsplittable(bundle: 3)),
            (whole + [1], Self.textArray(ids), .bundleUnsplittable(bundle: 3)),
            (whole, Self.textArray(ids.dropLast() + [nil]), .bundleSubjectsUnreadable(bundle: 3)),
        ]
        for shape in shapes {
            #expect(stop(shape.entries, shape.ids) == LedgerDivergence(place: .entry(index: 768), subject: nil, reason: shape.reason))
        }
    }

    @Test("without its whole level-0 tile a bundle's leaf hashes are left to the check of the tiles")
    func bundleWithoutItsTile() throws {
        let entries = try Self.encoded(0..<256)
        for tile in [nil, [UInt8](repeating: 0, count: 255 * Hash.byteCount)] {
            var batch = LedgerEntryBatch()
            batch.append(
                bundle: 0, entries: ByteBuffer(bytes: entries.joined()), subjectIDs: ByteBuffer(bytes: Self.textArray((0..<256).map(String.init))),
                tile: tile.map { ByteBuffer(bytes: $0) }, within: 0..<256
            )
            #expect(batch.count == 256)
            #expect(batch.rows.allSatisfy { if case .inUnreadableTile = $0.leafHash { true } else { false } })
        }
    }
}

/// The bundle layout through the store, on PostgreSQL.
@Suite(
    "Ledger entry bundles on PostgreSQL — written, read and checked through the store (REC-9)",
    .enabled(if: TestDatabase.isPostgres, "only PostgreSQL keeps bundles")
)
struct LedgerBundleStoreTests {
    /// 7 covered entries from the fixture, then uncovered ones in appends
    /// of several sizes, single ones across a bundle's end among them: 607.
    private static func fill(_ store: Store) async throws {
        try await LedgerFixture.populate(store, districts: 6)
        var next = 7
        for count in [100, 148, 1, 1, 1, 300, 49] {
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(next..<next + count))
            next += count
        }
    }

    private static func count(_ table: String, _ sql: any SQLDatabase) async throws -> Int {
        try #require(try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self))
    }

    @Test("full bundles are rows of ledger_bundles, the newest entries rows of their own, and the API reads the log across both")
    func layout() async throws {
        try await withTestStore { store in
            try await Self.fill(store)
            let sql = try store.sql()
            #expect(try await Self.count(LedgerTable.bundles, sql) == 2)
            #expect(try await Self.count(LedgerTable.entries, sql) == 95)
            let all = try await store.ledger.entries(0..<1_000)
            #expect(all.map(\.index) == Array(0..<607))
            #expect(all.dropFirst(7).map(\.entry.subjectID) == (7..<607).map(String.init))
            #expect(try await store.ledger.entries(250..<520).map(\.index) == Array(250..<520))
            #expect(try await store.ledger.recentEntries(limit: 100).map(\.index) == Array((507..<607).reversed()))
            for number in [300, 600] {
                let about = try await store.ledger.entries(about: .init(kind: "benchmark", id: String(number)))
                #expect(about.map(\.index) == [UInt64(number)])
                let proof = try await store.ledger.inclusionProof(leafHash: all[number].leafHash)
                #expect(proof.leafIdx == UInt64(number))
            }
            #expect(try await store.ledger.entries(about: .init(kind: "district", id: "310101")).map(\.index) == [0])
            #expect(try await store.ledger.entries(about: .init(kind: "district", id: "300")).isEmpty, "a bundle found by id, not kind")
            let bundle = try await store.ledger.entryBundle(EntryBundleID(index: 1, width: 256))
            #expect(bundle == (try TileCoding.entryBundle(all[256..<512].map(\.bytes))))
            for pageSize in [4, 256, 1 << 11] {
                let summary = try await LedgerCheck(store: store, pageSize: pageSize).run()
                #expect(summary.entries == 607 && summary.coveredRows == 7, "pages of \(pageSize)")
                #expect(summary.root == Frontier().appending(all.map(\.leafHash)).root)
            }
        }
    }

    @Test("reverting the migration puts every entry back in a row, and running it again bundles them again")
    func migration() async throws {
        try await withTestStore { store in
            try await Self.fill(store)
            let before = try await store.ledger.entries(0..<1_000)
            let database = try store.database()
            try await BundleLedgerEntries().revert(on: database)
            #expect(try await Self.count(LedgerTable.entries, try store.sql()) == 607)
            try await BundleLedgerEntries().prepare(on: database)
            #expect(try await Self.count(LedgerTable.bundles, try store.sql()) == 2)
            #expect(try await store.ledger.entries(0..<1_000) == before)
            #expect(try await store.ledger.check().entries == 607)
        }
    }

    /// Where in its bundle the first digit of entry `number`'s field value
    /// lies: the last place its number is written, after its subject.
    private static func fieldDigit(of number: Int) throws -> Int {
        let first = number / 256 * 256
        let entries = try LedgerFixture.uncoveredEvents(first..<number + 1).map { try LedgerEntry($0).encoded() }
        let entry = try #require(entries.last)
        let digits = Array(String(number).utf8)
        let position = try #require((0...entry.count - digits.count).last { Array(entry[$0..<$0 + digits.count]) == digits })
        return entries.dropLast().reduce(0) { $0 + $1.count } + position
    }

    @Test("fsck names each damage to a bundle, its tile or the rows beside it")
    func damage() async throws {
        let cases: [(String, SQLQueryString, LedgerDivergence.Place, (LedgerDivergence.Reason) -> Bool)] = [
            (
                "a digit of entry 300's field, in bundle 1",
                "UPDATE ledger_bundles SET entries = set_byte(entries, \(unsafeRaw: String(try Self.fieldDigit(of: 300))), 57) WHERE idx = 1",
                .entry(index: 300), { if case .leafHash = $0 { true } else { false } }
            ),
            (
                "a subject identifier in bundle 0",
                "UPDATE ledger_bundles SET subject_ids[11] = 'forged' WHERE idx = 0",
                .entry(index: 10), { if case .indexedAs = $0 { true } else { false } }
            ),
            ("bundle 1 deleted", "DELETE FROM ledger_bundles WHERE idx = 1", .entry(index: 256), { if case .missing = $0 { true } else { false } }),
            (
                "a row inside bundle 0",
                "INSERT INTO ledger_entries SELECT 100, subject_kind, subject_id, entry, leaf_hash FROM ledger_entries WHERE idx = 520",
                .entry(index: 100), { $0 == .rowInBundle(bundle: 0) }
            ),
            (
                "a bundle beyond the log",
                "INSERT INTO ledger_bundles SELECT 9, entries, subject_ids FROM ledger_bundles WHERE idx = 0",
                .entry(index: 607), { $0 == .missing(nextStored: 9 * 256) }
            ),
            (
                "bundle 1 one byte short",
                "UPDATE ledger_bundles SET entries = substring(entries FROM 1 FOR length(entries) - 1) WHERE idx = 1",
                .entry(index: 256), { $0 == .bundleUnsplittable(bundle: 1) }
            ),
            (
                "a null among bundle 0's subjects",
                "UPDATE ledger_bundles SET subject_ids[3] = NULL WHERE idx = 0",
                .entry(index: 0), { $0 == .bundleSubjectsUnreadable(bundle: 0) }
            ),
            (
                "a subject identifier too few",
                "UPDATE ledger_bundles SET subject_ids = subject_ids[1:255] WHERE idx = 1",
                .entry(index: 256), { $0 == .bundleShape(bundle: 1, entries: 256, subjectIDs: 255) }
            ),
        ]
        for (name, statement, place, isExpected) in cases {
            try await withTestStore { store in
                try await Self.fill(store)
                try await store.sql().raw(statement).run()
                do {
                    _ = try await store.ledger.check()
                    Issue.record("\(name): fsck passed")
                } catch let divergence as LedgerDivergence {
                    #expect(divergence.place == place, "\(name): \(divergence)")
                    #expect(isExpected(divergence.reason), "\(name): \(divergence)")
                }
            }
        }
    }

    @Test("a level-0 tile deleted is named as that tile")
    func tileDeleted() async throws {
        try await withTestStore { store in
            try await Self.fill(store)
            try await store.sql().raw("DELETE FROM ledger_tiles WHERE level = 0 AND idx = 1").run()
            await #expect(throws: LedgerDivergence(
                place: .node(.init(level: 0, index: 256)), subject: nil, reason: .tileMissing(.init(level: 0, index: 1))
            )) { try await store.ledger.check() }
        }
    }
}
