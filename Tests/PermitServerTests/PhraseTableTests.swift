import LeafKit
import PermitCore
@testable import PermitServer
import Testing

@Suite("PhraseTable — the catalogue as templates see it")
struct PhraseTableTests {
    @Test("Leaf sees every phrase with its text", arguments: Language.allCases)
    func everyPhrase(language: Language) throws {
        let table = try #require(PhraseTable(language: language).leafData.dictionary)
        #expect(table.count == Phrase.allCases.count)
        for phrase in Phrase.allCases {
            #expect(table[phrase.rawValue]?.string == phrase.text(language), "\(phrase)")
        }
    }
}
