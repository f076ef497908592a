/// A phrase in both languages, side by side, so a translator sees each
/// Chinese text next to its English one.
struct Translation: Sendable {
    let zhHans: String
    let en: String
}

extension Phrase {
    /// Every phrase's texts, gathered from the files of each area. A phrase
    /// in two areas is a mistake caught on first use; one in none is caught
    /// by the catalogue test that every phrase has text.
    static let translations: [Phrase: Translation] = [
        interfaceTexts, problemsTexts, fieldsTexts, ledgerTexts, ledgerCheckTexts, registryTexts,
    ].reduce(into: [:]) { all, area in
        all.merge(area) { _, _ in preconditionFailure("a phrase is translated in two areas") }
    }

    /// A missing translation shows the phrase's key rather than nothing.
    var zhHans: String { Self.translations[self]?.zhHans ?? rawValue }
    var english: String { Self.translations[self]?.en ?? rawValue }
}
