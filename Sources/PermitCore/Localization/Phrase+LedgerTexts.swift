extension Phrase {
    /// The ledger pages and its refusals.
    static let ledgerTexts: [Phrase: Translation] = [
        .ledgerChanges: .init(zhHans: "内容", en: "Content"),
        .navLedger: .init(zhHans: "账本",
                    en: "Ledger"),
        .ledgerTitle: .init(zhHans: "防篡改账本",
                    en: "Tamper-evident ledger"),
        .ledgerPublicTitle: .init(zhHans: "账本公开验证",
                    en: "Public ledger verification"),
        .ledgerIntro: .init(zhHans: "每一项变更都记入按 RFC 9162 构建的默克尔树账本，并由本局密钥签名检查点。任何人都可以用公钥核验检查点，用证明核验记录是否被篡改。",
                    en: "Every change is recorded in an RFC 9162 Merkle tree ledger whose checkpoints the bureau signs. Anyone can check a checkpoint with the public key, and check with proofs that no record was altered."),
        .ledgerCheckpoint: .init(zhHans: "最新签名检查点",
                    en: "Latest signed checkpoint"),
        .ledgerOrigin: .init(zhHans: "账本标识",
                    en: "Log origin"),
        .ledgerSize: .init(zhHans: "记录数",
                    en: "Entries"),
        .ledgerRoot: .init(zhHans: "根哈希",
                    en: "Root hash"),
        .ledgerPublicKey: .init(zhHans: "公钥（验证密钥）",
                    en: "Public key (verifier key)"),
        .ledgerHowToVerify: .init(zhHans: "核验方法：permittrail verify checkpoint 检查点文件 --key 公钥",
                    en: "To verify: permittrail verify checkpoint CHECKPOINT-FILE --key KEY"),
        .ledgerRecent: .init(zhHans: "最近的记录",
                    en: "Recent entries"),
        .ledgerIndex: .init(zhHans: "序号",
                    en: "Index"),
        .ledgerTime: .init(zhHans: "时间",
                    en: "Time"),
        .ledgerEvent: .init(zhHans: "事项",
                    en: "Event"),
        .ledgerActor: .init(zhHans: "操作人",
                    en: "Actor"),
        .ledgerSubject: .init(zhHans: "对象",
                    en: "Subject"),
        .ledgerLeafHash: .init(zhHans: "叶哈希",
                    en: "Leaf hash"),
        .ledgerSubjectSearch: .init(zhHans: "查看某一对象的全部记录",
                    en: "All entries about one subject"),
        .ledgerSubjectKind: .init(zhHans: "对象类型",
                    en: "Subject kind"),
        .ledgerSubjectID: .init(zhHans: "对象编号",
                    en: "Subject ID"),
        .ledgerShow: .init(zhHans: "查看",
                    en: "Show"),
        .ledgerNoEntries: .init(zhHans: "没有记录。",
                    en: "No entries."),
        .ledgerProof: .init(zhHans: "包含证明",
                    en: "Inclusion proof"),
        .ledgerFields: .init(zhHans: "内容",
                    en: "Contents"),
    ]
}

extension Phrase {
    /// A ledger entry as a sentence. `actor` and `subject` are already in
    /// words; an event type without its own sentence still reads, naming the
    /// type as recorded.
    public static func eventSentence(type: String, actor: String, subject: String) -> Bilingual {
        switch type {
        case "enterprise.registered": Bilingual("由 \(actor) 登记企业“\(subject)”", en: "\(actor) registered the enterprise \(subject)")
        case "enterprise.updated": Bilingual("由 \(actor) 修改企业“\(subject)”", en: "\(actor) changed the enterprise \(subject)")
        case "user.created": Bilingual("由 \(actor) 新建账号 \(subject)", en: "\(actor) created the account \(subject)")
        case "user.disabled": Bilingual("由 \(actor) 停用账号 \(subject)", en: "\(actor) disabled the account \(subject)")
        case "user.enabled": Bilingual("由 \(actor) 重新启用账号 \(subject)", en: "\(actor) enabled the account \(subject) again")
        case "user.password_changed": Bilingual("由 \(actor) 修改账号 \(subject) 的密码", en: "\(actor) changed the password of \(subject)")
        case "user.password_reset": Bilingual("由 \(actor) 重置账号 \(subject) 的密码", en: "\(actor) reset the password of \(subject)")
        case "district.added": Bilingual("由 \(actor) 新增辖区 \(subject)", en: "\(actor) added the district \(subject)")
        case "district.renamed": Bilingual("由 \(actor) 将辖区改名为 \(subject)", en: "\(actor) renamed the district to \(subject)")
        case "calendar.year_added": Bilingual("由 \(actor) 录入 \(subject) 年节假日安排", en: "\(actor) loaded the \(subject) holiday arrangement")
        case "calendar.year_revised": Bilingual("由 \(actor) 更正 \(subject) 年节假日安排", en: "\(actor) corrected the \(subject) holiday arrangement")
        case "catalogue.category_added": Bilingual("由 \(actor) 新增产品类别“\(subject)”", en: "\(actor) added the product category \(subject)")
        case "catalogue.category_edited": Bilingual("由 \(actor) 修改产品类别“\(subject)”", en: "\(actor) changed the product category \(subject)")
        case "catalogue.unit_added": Bilingual("由 \(actor) 新增产品单元“\(subject)”", en: "\(actor) added the product unit \(subject)")
        case "catalogue.unit_edited": Bilingual("由 \(actor) 修改产品单元“\(subject)”", en: "\(actor) changed the product unit \(subject)")
        case "inspector.added": Bilingual("由 \(actor) 新增执法检查人员 \(subject)", en: "\(actor) added the inspector \(subject)")
        case "inspector.updated": Bilingual("由 \(actor) 修改执法检查人员 \(subject)", en: "\(actor) changed the inspector \(subject)")
        default: Bilingual("由 \(actor) 记录 \(type)：\(subject)", en: "\(actor) recorded \(type): \(subject)")
        }
    }

    /// The installation itself acting, e.g. `system:demo-seed`.
    public static func actorSystem(name: String) -> Bilingual {
        Bilingual("系统（\(name)）", en: "the system (\(name))")
    }

    public static func ledgerSubjectEntries(kind: String, id: String) -> Bilingual {
        Bilingual("\(kind) \(id) 的记录及包含证明", en: "Entries about \(kind) \(id), with inclusion proofs")
    }
}
