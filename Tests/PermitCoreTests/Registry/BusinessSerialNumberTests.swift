import Foundation
import PermitCore
import Testing

@Suite("Business serial numbers — 业务流水号")
struct BusinessSerialNumberTests {
    @Test("Formats from case, date and sequence and parses back", arguments: [
        ("SQ-2026-00017", "2026-03-15", 3, "SQ-2026-00017-20260315-0003"),
        ("XC-2025-00421", "2025-10-11", 9_999, "XC-2025-00421-20251011-9999"),
        ("ZR-2025-00001", "2026-01-04", 1, "ZR-2025-00001-20260104-0001"),
    ])
    func roundTrip(caseText: String, dateText: String, sequence: Int, text: String) throws {
        let number = try BusinessSerialNumber(
            caseNumber: CaseNumber(parsing: caseText), date: CivilDate(parsing: dateText), sequence: sequence)
        #expect(number.description == text)
        #expect(try BusinessSerialNumber(parsing: text) == number)
    }

    @Test("Is a safe file name: ASCII capitals, digits and hyphens only")
    func fileNameSafe() throws {
        for kind in CaseKind.allCases {
            let number = try BusinessSerialNumber(
                caseNumber: CaseNumber(kind: kind, year: 2026, sequence: 99_999),
                date: CivilDate(parsing: "2026-12-31"), sequence: 42)
            let text = number.description
            #expect(text.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(text)")
            #expect(!text.contains("/") && !text.contains(".") && text.count <= 64)
        }
    }

    @Test("Rejects malformed numbers precisely", arguments: [
        ("SQ-2026-00017-20260315", BusinessSerialNumberError.malformed("SQ-2026-00017-20260315")),
        ("SQ-2026-00017_20260315_0003", .malformed("SQ-2026-00017_20260315_0003")),
        ("QQ-2026-00017-20260315-0003", .invalidCaseNumber(.unknownKindCode("QQ"))),
        ("SQ-2026-00000-20260315-0003", .invalidCaseNumber(.sequenceOutOfRange(0))),
        ("SQ-2026-00017-2026-0315-0003", .malformed("SQ-2026-00017-2026-0315-0003")),
        ("SQ-2026-00017-20260230-0003", .malformedDate("20260230")),
        ("SQ-2026-00017-260315-0003", .malformedDate("260315")),
        ("SQ-2026-00017-20260315-003", .malformedSequence("003")),
        ("SQ-2026-00017-20260315-0000", .sequenceOutOfRange(0)),
        ("SQ-2026-00017-20260315-0003.mp4", .malformedSequence("0003.mp4")),
    ])
    func rejects(text: String, error: BusinessSerialNumberError) {
        #expect(throws: error) { try BusinessSerialNumber(parsing: text) }
    }

    @Test("Refuses sequences beyond four digits")
    func buildLimits() throws {
        let caseNumber = try CaseNumber(kind: .inspection, year: 2026, sequence: 1)
        #expect(throws: BusinessSerialNumberError.sequenceOutOfRange(10_000)) {
            try BusinessSerialNumber(caseNumber: caseNumber, date: CivilDate(parsing: "2026-01-05"), sequence: 10_000)
        }
    }

    @Test("Codable as the canonical string")
    func codable() throws {
        let number = try BusinessSerialNumber(parsing: "JC-2026-00002-20260105-0001")
        let json = try JSONEncoder().encode([number])
        #expect(String(decoding: json, as: UTF8.self) == #"["JC-2026-00002-20260105-0001"]"#)
        #expect(try JSONDecoder().decode([BusinessSerialNumber].self, from: json) == [number])
    }
}
