/// A text in both interface languages, written side by side where it is
/// defined, so a translator sees each Chinese text next to its English one.
/// Capabilities define their phrases as `Bilingual` values or as functions
/// returning one, whose parameters are the typed arguments the text needs.
public struct Bilingual: Hashable, Sendable, Codable {
    public let zhHans: String
    public let en: String

    public init(_ zhHans: String, en: String) {
        self.zhHans = zhHans
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .zhHans: zhHans
        case .en: en
        }
    }
}
