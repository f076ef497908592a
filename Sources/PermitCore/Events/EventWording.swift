/// Ledger entries in words for the people who read them: "由 王建国（市局）
/// 登记企业“上海精工电缆有限公司”" and "法定代表人：张三 → 李四", instead of
/// `enterprise.registered · user:wang.jianguo` and a dump of every field.
/// The entry itself, with its type and fields, stays beside it for auditors.
public enum EventWording {
    /// The sentence for an event of `eventType` by `actor` about `subject`,
    /// both already in words.
    public static func sentence(eventType: String, actor: String, subject: String, _ language: Language) -> String {
        Phrase.eventSentence(type: eventType, actor: actor, subject: subject).text(language)
    }

    /// What an entry is about, from its own fields: a name where it has one.
    public static func subject(kind: String, id: String, fields: [String: String]) -> String {
        switch kind {
        case "user": fields["displayName"].map { "\($0)（\(fields["username"] ?? id)）" } ?? id
        case "district": fields["name"].map { "\($0)（\(id)）" } ?? id
        default: fields["name"] ?? id
        }
    }

    /// Each field that differs from the entry before, as "label：old → new";
    /// every field, as "label：value", when there is none before.
    public static func changes(from previous: [String: String]?, to current: [String: String], _ language: Language) -> [String] {
        let separator = language == .zhHans ? "：" : ": "
        return Set(current.keys).union(previous?.keys ?? [:].keys).sorted().compactMap { key in
            let new = current[key] ?? ""
            guard let previous else { return new.isEmpty ? nil : label(key, language) + separator + new }
            let old = previous[key] ?? ""
            guard old != new else { return nil }
            return label(key, language) + separator + "\(old.isEmpty ? "—" : old) → \(new.isEmpty ? "—" : new)"
        }
    }

    /// A ledger field's name in words: `productionSites[1].address` is "生产地址 2".
    public static func label(_ key: String, _ language: Language) -> String {
        if let indexed = indexedColumn(key) {
            let name = language == .zhHans ? indexed.column.chineseHeader : indexed.column.englishLabel
            return indexed.position == 0 ? name : "\(name) \(indexed.position + 1)"
        }
        if let column = EnterpriseColumn(rawValue: key) {
            return language == .zhHans ? column.chineseHeader : column.englishLabel
        }
        return FieldIssue.label(key, language)
    }

    private static func indexedColumn(_ key: String) -> (column: EnterpriseColumn, position: Int)? {
        guard let open = key.firstIndex(of: "["), let close = key.firstIndex(of: "]"), open < close,
              let position = Int(key[key.index(after: open)..<close])
        else { return nil }
        let list = key[..<open], member = key[key.index(after: close)...]
        let column: EnterpriseColumn? = switch (list, member) {
        case ("productionSites", ".address"): .productionAddress
        case ("productionSites", ".district"): .productionDistrict
        case ("licenses", ".number"): .licenseNumber
        case ("licenses", ".issuedOn"): .licenseIssuedOn
        case ("licenses", ".validUntil"): .licenseValidUntil
        case ("licenses", ".productScope"): .productScope
        default: nil
        }
        return column.map { ($0, position) }
    }
}
