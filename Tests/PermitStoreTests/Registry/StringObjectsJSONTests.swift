import Foundation
import PermitCore
@testable import PermitStore
import Testing

@Suite("Nested columns of an enterprise row — written as JSONEncoder writes them")
struct StringObjectsJSONTests {
    /// Quotes, backslashes, slashes, every control character, DEL, Chinese,
    /// an emoji and a combining sequence.
    static let awkward: [String] = [
        "", "上海市浦东新区张江路 1 号", "a\"b\\c/d", String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
        "\u{7F}", "e\u{301}", "🏭 工厂", "\u{2028}\u{2029}", "tab\tline\nreturn\r",
    ]

    static func reference(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("production sites and licences: the same text as JSONEncoder with sorted keys, and decoded back equal")
    func sameAsEncoder() throws {
        let district = try #require(DistrictCode(rawValue: "310115"))
        let day = try CivilDate(parsing: "2026-02-28")
        for text in Self.awkward {
            let sites = [ProductionSite(address: text, district: district), ProductionSite(address: "二" + text, district: district)]
            let written = StringObjectsJSON.encode(sites.map(\.members))
            #expect(written == (try Self.reference(sites)), "\(text.unicodeScalars.map(\.value))")
            #expect(try JSONDecoder().decode([ProductionSite].self, from: Data(written.utf8)) == sites)

            let licenses = [LicenseHolding(number: text, issuedOn: day, validUntil: day, productScope: text + "电线电缆")]
            #expect(StringObjectsJSON.encode(licenses.map(\.members)) == (try Self.reference(licenses)))
        }
        #expect(StringObjectsJSON.encode([]) == (try Self.reference([ProductionSite]())))
    }
}
