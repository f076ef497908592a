import Foundation
import PermitCore
import Testing

@Suite("Unified social credit code — 统一社会信用代码")
struct UnifiedSocialCreditCodeTests {
    /// Published codes: the GB 32100-2015 example and the business licences
    /// of well-known enterprises. All pass both check characters.
    static let published = [
        "91350100M000100Y43",  // example in GB 32100-2015
        "9144030071526726XG",  // 深圳市腾讯计算机系统有限公司
        "914403001922038216",  // 华为技术有限公司
        "91110000802100433B",  // 北京百度网讯科技有限公司
        "91110108551385082Q",  // 小米科技有限责任公司
        "91330100716105852F",  // 阿里巴巴（中国）有限公司
    ]

    @Test("Accepts published codes, enforcing the organisation-code check too", arguments: published)
    func acceptsPublished(text: String) throws {
        let code = try UnifiedSocialCreditCode(validating: text, enforcingOrganisationCodeCheck: true)
        #expect(code.rawValue == text)
        #expect(code.description == text)
        #expect(code.hasValidOrganisationCodeCheck)
        #expect(code.isMarketRegistered)
        #expect(code.checkCharacter == text.last)
        #expect(UnifiedSocialCreditCode.checkCharacter(forFirst17: String(text.prefix(17))) == text.last)
    }

    @Test("Splits the code into its parts")
    func parts() throws {
        let code = try UnifiedSocialCreditCode(validating: "91350100M000100Y43")
        #expect(code.registrationAuthority == "9")
        #expect(code.organisationType == "1")
        #expect(code.divisionCode == "350100")
        #expect(code.organisationCode == "M000100Y4")
        #expect(code.checkCharacter == "3")
    }

    @Test("Every single-character change of a published code is caught", arguments: published)
    func mutations(text: String) throws {
        // Replacing any one character by any other alphabet character must
        // break the 18th check (weights are invertible mod 31), so none of
        // the 18 × 30 mutants may validate.
        var characters = Array(text)
        for position in characters.indices {
            let original = characters[position]
            for replacement in UnifiedSocialCreditCode.alphabet where replacement != original {
                characters[position] = replacement
                let mutant = String(characters)
                #expect(throws: UnifiedSocialCreditCodeError.self, "\(mutant) should fail") {
                    try UnifiedSocialCreditCode(validating: mutant)
                }
            }
            characters[position] = original
        }
    }

    @Test("Says precisely what is wrong", arguments: [
        ("91350100M000100Y4", UnifiedSocialCreditCodeError.wrongLength(17)),
        ("91350100M000100Y433", .wrongLength(19)),
        ("", .wrongLength(0)),
        ("91350100M000100Y44", .wrongCheckCharacter(expected: "3", actual: "4")),
        ("91350100MO00100Y43", .illegalCharacter("O", position: 10)),
        ("91350100M000100Y4I", .illegalCharacter("I", position: 18)),
        ("91350100m000100Y43", .illegalCharacter("m", position: 9)),
        ("91350100M000100Y4 ", .illegalCharacter(" ", position: 18)),
        ("９1350100M000100Y43", .illegalCharacter("９", position: 1)),
        ("9135A100M000100Y43", .nonDigitInDivisionCode("A", position: 5)),
    ])
    func errors(text: String, error: UnifiedSocialCreditCodeError) {
        #expect(throws: error) { try UnifiedSocialCreditCode(validating: text) }
    }

    @Test("The organisation-code check is reported, and enforced only on request")
    func organisationCheckOptional() throws {
        // Organisation code 12345678-0 with the wrong own check (GB 11714 gives 8),
        // completed with a correct 18th character.
        let prefix = "91310000123456780"
        let last = try #require(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix))
        let text = prefix + String(last)
        let lenient = try UnifiedSocialCreditCode(validating: text)
        #expect(!lenient.hasValidOrganisationCodeCheck)
        #expect(throws: UnifiedSocialCreditCodeError.wrongOrganisationCodeCheck(expected: "8", actual: "0")) {
            try UnifiedSocialCreditCode(validating: text, enforcingOrganisationCodeCheck: true)
        }
    }

    @Test("Normalises typed input only in harmless ways")
    func normalisation() throws {
        #expect(UnifiedSocialCreditCode.normalizedInput("  9144030071526726xg\n") == "9144030071526726XG")
        #expect(try UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(" 9144030071526726xg ")).rawValue
            == "9144030071526726XG")
        #expect(UnifiedSocialCreditCode.normalizedInput("9144 0300") == "9144 0300")
    }

    @Test("The generator is deterministic and its codes are valid under both modes")
    func generator() throws {
        var first = SeededGenerator(seed: 20_260_101)
        var second = SeededGenerator(seed: 20_260_101)
        var codes: [UnifiedSocialCreditCode] = []
        for _ in 0..<500 {
            let code = try UnifiedSocialCreditCode.random(using: &first, divisionCode: "310115")
            #expect(code == (try UnifiedSocialCreditCode.random(using: &second, divisionCode: "310115")))
            #expect(try UnifiedSocialCreditCode(validating: code.rawValue, enforcingOrganisationCodeCheck: true) == code)
            #expect(code.divisionCode == "310115" && code.registrationAuthority == "9")
            codes.append(code)
        }
        #expect(Set(codes).count == codes.count)
        var other = SeededGenerator(seed: 7)
        #expect(try UnifiedSocialCreditCode.random(using: &other) != codes[0])
    }

    @Test("The generator rejects impossible parts")
    func generatorRejects() {
        var rng = SeededGenerator(seed: 1)
        #expect(throws: UnifiedSocialCreditCodeError.illegalCharacter("O", position: 1)) {
            try UnifiedSocialCreditCode.random(using: &rng, registrationAuthority: "O")
        }
        #expect(throws: UnifiedSocialCreditCodeError.wrongLength(17)) {
            try UnifiedSocialCreditCode.random(using: &rng, divisionCode: "31000")
        }
        #expect(throws: UnifiedSocialCreditCodeError.nonDigitInDivisionCode("A", position: 8)) {
            try UnifiedSocialCreditCode.random(using: &rng, divisionCode: "31000A")
        }
    }

    @Test("Codable as the bare string, validated on decode")
    func codable() throws {
        let code = try UnifiedSocialCreditCode(validating: "91110000802100433B")
        let json = try JSONEncoder().encode([code])
        #expect(String(decoding: json, as: UTF8.self) == #"["91110000802100433B"]"#)
        #expect(try JSONDecoder().decode([UnifiedSocialCreditCode].self, from: json) == [code])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([UnifiedSocialCreditCode].self, from: Data(#"["91110000802100433C"]"#.utf8))
        }
    }
}
