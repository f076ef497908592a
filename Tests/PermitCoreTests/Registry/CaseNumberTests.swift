import Foundation
import PermitCore
import Testing

@Suite("Case numbers — 一案一号")
struct CaseNumberTests {
    @Test("Every kind has a distinct two-letter code and a Chinese label")
    func kinds() {
        let codes = CaseKind.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(CaseKind.allCases.map(\.chineseLabel)).count == codes.count)
        for kind in CaseKind.allCases {
            #expect(kind.code.count == 2 && kind.code.allSatisfy { $0.isASCII && $0.isUppercase })
            #expect(CaseKind(code: kind.code) == kind)
            #expect(!kind.chineseLabel.isEmpty)
        }
    }

    @Test("Formats one rule and parses it back", arguments: [
        (CaseKind.application, 2026, 17, "SQ-2026-00017", "许可申请〔2026〕00017号"),
        (.renewal, 2025, 1, "YX-2025-00001", "延续〔2025〕00001号"),
        (.onSiteReview, 2026, 99_999, "XC-2026-99999", "现场审查〔2026〕99999号"),
        (.revocation, 2030, 420, "CX-2030-00420", "撤销〔2030〕00420号"),
        (.qualification, 2024, 12_345, "ZR-2024-12345", "资质认定〔2024〕12345号"),
    ])
    func roundTrip(kind: CaseKind, year: Int, sequence: Int, text: String, display: String) throws {
        let number = try CaseNumber(kind: kind, year: year, sequence: sequence)
        #expect(number.description == text)
        #expect(number.chineseDisplay == display)
        #expect(try CaseNumber(parsing: text) == number)
    }

    @Test("Every kind round-trips")
    func everyKind() throws {
        for kind in CaseKind.allCases {
            let number = try CaseNumber(kind: kind, year: 2026, sequence: 3)
            #expect(try CaseNumber(parsing: number.description) == number)
        }
    }

    @Test("Rejects anything but the canonical form", arguments: [
        ("SQ-2026-0017", CaseNumberError.malformedSequence("0017")),
        ("SQ-2026-000017", .malformedSequence("000017")),
        ("SQ-2026-0001x", .malformedSequence("0001x")),
        ("SQ-26-00017", .malformedYear("26")),
        ("sq-2026-00017", .unknownKindCode("sq")),
        ("QQ-2026-00017", .unknownKindCode("QQ")),
        ("SQ2026-00017", .malformed("SQ2026-00017")),
        ("SQ-2026-00017-1", .malformed("SQ-2026-00017-1")),
        ("SQ--2026-00017", .malformed("SQ--2026-00017")),
        (" SQ-2026-00017", .unknownKindCode(" SQ")),
        ("SQ-2026-00000", .sequenceOutOfRange(0)),
        ("SQ-1999-00001", .yearOutOfRange(1999)),
        ("沪市监许〔2026〕00017号", .malformed("沪市监许〔2026〕00017号")),
    ])
    func rejects(text: String, error: CaseNumberError) {
        #expect(throws: error) { try CaseNumber(parsing: text) }
    }

    @Test("Refuses to build numbers the format cannot hold")
    func buildLimits() {
        #expect(throws: CaseNumberError.sequenceOutOfRange(100_000)) {
            try CaseNumber(kind: .inspection, year: 2026, sequence: 100_000)
        }
        #expect(throws: CaseNumberError.yearOutOfRange(10_000)) {
            try CaseNumber(kind: .inspection, year: 10_000, sequence: 1)
        }
    }

    @Test("Codable as the canonical string")
    func codable() throws {
        let number = try CaseNumber(kind: .sampling, year: 2026, sequence: 8)
        let json = try JSONEncoder().encode([number])
        #expect(String(decoding: json, as: UTF8.self) == #"["CC-2026-00008"]"#)
        #expect(try JSONDecoder().decode([CaseNumber].self, from: json) == [number])
    }
}
