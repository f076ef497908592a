import LeafKit
import PermitCore

/// Every phrase by key in one language, for the templates' `t.` lookups.
/// Leaf's encoder takes a `LeafDataRepresentable` value as it is instead of
/// walking it through `Codable`, so the catalogue is converted to Leaf's form
/// once per language rather than phrase by phrase on every render.
struct PhraseTable: Encodable, Sendable, LeafDataRepresentable {
    let language: Language

    var leafData: LeafData {
        Self.leafTables[language] ?? [:]
    }

    func encode(to encoder: any Encoder) throws {
        try Self.tables[language].encode(to: encoder)
    }

    private static let tables: [Language: [String: String]] = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        (language, Dictionary(uniqueKeysWithValues: Phrase.allCases.map { ($0.rawValue, $0.text(language)) }))
    })

    private static let leafTables: [Language: LeafData] = tables.mapValues { .dictionary($0.mapValues(LeafData.string)) }
}
