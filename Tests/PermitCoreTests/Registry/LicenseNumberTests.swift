import Foundation
import PermitCore
import Testing

@Suite("Production licence numbers — 生产许可证编号")
struct LicenseNumberTests {
    @Test("Formats and parses provincial and national numbers", arguments: [
        ("沪", 13, 14, 25, "(沪)XK13-014-00025"),
        ("京", 6, 1, 1, "(京)XK06-001-00001"),
        ("粤", 99, 999, 99_999, "(粤)XK99-999-99999"),
        (nil, 13, 11, 123, "XK13-011-00123"),
    ] as [(Character?, Int, Int, Int, String)])
    func roundTrip(province: Character?, industry: Int, product: Int, serial: Int, text: String) throws {
        let abbreviation = try province.map { try #require(ProvinceAbbreviation($0)) }
        let number = try LicenseNumber(province: abbreviation, industryCode: industry, productCode: product, serial: serial)
        #expect(number.description == text)
        #expect(try LicenseNumber(parsing: text) == number)
    }

    @Test("Accepts the full-width parentheses printed on certificates, writes ASCII ones")
    func fullWidth() throws {
        let number = try LicenseNumber(parsing: "（沪）XK13-014-00025")
        #expect(number.province == .shanghai)
        #expect(number.description == "(沪)XK13-014-00025")
    }

    typealias Component = LicenseNumber.Component

    @Test("Rejects with the position and the part expected", arguments: [
        ("", LicenseNumberError.malformed(expected: .marker, position: 1)),
        ("(沪XK13-014-00025", .malformed(expected: .closingParenthesis, position: 3)),
        ("(", .malformed(expected: .province, position: 2)),
        ("(沪)xk13-014-00025", .malformed(expected: .marker, position: 4)),
        ("(沪)XK1-014-00025", .malformed(expected: .industryCode, position: 7)),
        ("(沪)XK13014-00025", .malformed(expected: .hyphen, position: 8)),
        ("(沪)XK13-14-00025", .malformed(expected: .productCode, position: 11)),
        ("(沪)XK13-014–00025", .malformed(expected: .hyphen, position: 12)),
        ("(沪)XK13-014-0025", .malformed(expected: .serial, position: 17)),
        ("(沪)XK13-014-000250", .malformed(expected: .end, position: 18)),
        ("(沪)XK13-014-00025 ", .malformed(expected: .end, position: 18)),
        (" (沪)XK13-014-00025", .malformed(expected: .marker, position: 1)),
        ("(沪)XK13-014-0002５", .malformed(expected: .serial, position: 17)),
        ("(申)XK13-014-00025", .unknownProvince("申")),
        ("(A)XK13-014-00025", .unknownProvince("A")),
        ("(沪)XK13-014-00000", .valueOutOfRange(.serial, 0)),
    ])
    func rejects(text: String, error: LicenseNumberError) {
        #expect(throws: error) { try LicenseNumber(parsing: text) }
    }

    @Test("Refuses values that do not fit their digits")
    func buildLimits() {
        #expect(throws: LicenseNumberError.valueOutOfRange(.industryCode, 100)) {
            try LicenseNumber(province: .beijing, industryCode: 100, productCode: 1, serial: 1)
        }
        #expect(throws: LicenseNumberError.valueOutOfRange(.productCode, -1)) {
            try LicenseNumber(province: .beijing, industryCode: 1, productCode: -1, serial: 1)
        }
        #expect(throws: LicenseNumberError.valueOutOfRange(.serial, 100_000)) {
            try LicenseNumber(province: .beijing, industryCode: 1, productCode: 1, serial: 100_000)
        }
    }

    @Test("Province short names are the 31 mainland regions (plus classical alternates)")
    func provinces() {
        #expect(Set(ProvinceAbbreviation.all.map(\.regionName)).count == 31)
        #expect(ProvinceAbbreviation("沪")?.regionName == "上海")
        #expect(ProvinceAbbreviation("黔")?.regionName == "贵州")
        #expect(ProvinceAbbreviation("港") == nil)
        #expect(ProvinceAbbreviation("X") == nil)
    }

    @Test("Codable as the canonical string")
    func codable() throws {
        let number = try LicenseNumber(province: .guangdong, industryCode: 13, productCode: 14, serial: 25)
        let json = try JSONEncoder().encode([number])
        #expect(String(decoding: json, as: UTF8.self) == #"["(粤)XK13-014-00025"]"#)
        #expect(try JSONDecoder().decode([LicenseNumber].self, from: json) == [number])
    }
}
