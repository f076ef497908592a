extension Phrase {
    /// What the ledger's fsck finds (`permittrail ledger fsck`). The English
    /// texts are also what the CLI's `DIVERGENCE:` line prints for scripts.
    static let ledgerCheckTexts: [Phrase: Translation] = [
        .ledgerDivergenceOr: .init(zhHans: "或",
                    en: " or "),
        .ledgerDivergenceHeadFrontier: .init(zhHans: "存储的边界哈希与重新计算的不同",
                    en: "the stored frontier differs from the recomputed one"),
        .ledgerDivergenceRowUnrecorded: .init(zhHans: "表中有这一行，但没有任何账本记录记载它",
                    en: "the row exists, but no ledger entry records it"),
        .ledgerDivergenceAbsent: .init(zhHans: "（无）",
                    en: "absent"),
        .ledgerValueInteger: .init(zhHans: "整数",
                    en: "an integer"),
        .ledgerValueReal: .init(zhHans: "实数",
                    en: "a real number"),
        .ledgerValueText: .init(zhHans: "文本",
                    en: "text"),
        .ledgerValueBytes: .init(zhHans: "字节串",
                    en: "bytes"),
        .ledgerValueNull: .init(zhHans: "空值",
                    en: "null"),
    ]
}

extension Phrase {
    /// Where the check found a divergence, with what differs there (`detail`).
    public static func ledgerDivergenceAtEntry(index: UInt64, subject: DomainEvent.Subject?, detail: Bilingual) -> Bilingual {
        let about = ledgerDivergenceSubject(subject)
        return Bilingual("第 \(index) 条记录\(about.zhHans)：\(detail.zhHans)", en: "entry \(index)\(about.en): \(detail.en)")
    }

    public static func ledgerDivergenceAtNode(level: Int, index: UInt64, subject: DomainEvent.Subject?, detail: Bilingual) -> Bilingual {
        let about = ledgerDivergenceSubject(subject)
        return Bilingual("树节点（第 \(level) 层第 \(index) 个）\(about.zhHans)：\(detail.zhHans)",
                         en: "tree node level \(level) index \(index)\(about.en): \(detail.en)")
    }

    public static func ledgerDivergenceAtHead(detail: Bilingual) -> Bilingual {
        Bilingual("账本头：\(detail.zhHans)", en: "ledger head: \(detail.en)")
    }

    public static func ledgerDivergenceAtCheckpoint(size: UInt64, detail: Bilingual) -> Bilingual {
        Bilingual("规模为 \(size) 的检查点：\(detail.zhHans)", en: "checkpoint of size \(size): \(detail.en)")
    }

    public static func ledgerDivergenceAtRow(kind: String, id: String, detail: Bilingual) -> Bilingual {
        Bilingual("\(kind) \(id)：\(detail.zhHans)", en: "\(kind) \(id): \(detail.en)")
    }

    /// Nothing when the place concerns no subject.
    private static func ledgerDivergenceSubject(_ subject: DomainEvent.Subject?) -> Bilingual {
        guard let subject else { return Bilingual("", en: "") }
        return Bilingual("（\(subject.kind) \(subject.id)）", en: " (\(subject.kind) \(subject.id))")
    }

    public static func ledgerDivergenceTile(level: Int, index: UInt64) -> Bilingual {
        Bilingual("哈希瓦片 \(level)/\(index)", en: "tile \(level)/\(index)")
    }

    public static func ledgerDivergenceNegativeIndex(index: Int64) -> Bilingual {
        Bilingual("出现负序号 \(index)", en: "negative index \(index)")
    }

    public static func ledgerDivergenceMissing(next: Int64) -> Bilingual {
        Bilingual("缺失；其后存储的下一条记录是第 \(next) 条", en: "missing; the next stored entry is \(next)")
    }

    /// `error` is the decoder's own text, untranslated.
    public static func ledgerDivergenceNotCanonical(error: String) -> Bilingual {
        Bilingual("不是规范编码的记录：\(error)", en: "not a canonical entry: \(error)")
    }

    public static func ledgerDivergenceIndexedAs(indexed: DomainEvent.Subject, actual: DomainEvent.Subject) -> Bilingual {
        Bilingual("索引列记为 \(indexed.kind) \(indexed.id)，记录本身却是关于 \(actual.kind) \(actual.id)",
                  en: "indexed as \(indexed.kind) \(indexed.id) but the entry is about \(actual.kind) \(actual.id)")
    }

    public static func ledgerDivergenceLeafHash(computed: String, stored: String) -> Bilingual {
        Bilingual("其字节的哈希为 \(computed)，存储的叶哈希却是 \(stored)", en: "its bytes hash to \(computed), the stored leaf hash is \(stored)")
    }

    public static func ledgerDivergenceLeafHashAbsent(computed: String) -> Bilingual {
        Bilingual("其字节的哈希为 \(computed)，却没有存储叶哈希", en: "its bytes hash to \(computed), the stored leaf hash is absent")
    }

    /// `holds` and `expected` are value types in words (`ledgerValue…`).
    public static func ledgerDivergenceColumnType(column: String, holds: Bilingual, expected: [Bilingual]) -> Bilingual {
        Bilingual("其 \(column) 列存的是\(holds.zhHans)，而不是\(expected.map(\.zhHans).joined(separator: ledgerDivergenceOr.zhHans))",
                  en: "its column \(column) holds \(holds.en), not \(expected.map(\.en).joined(separator: ledgerDivergenceOr.english))")
    }

    /// `tile` is `ledgerDivergenceTile(level:index:)`.
    public static func ledgerDivergenceTileMissing(tile: Bilingual) -> Bilingual {
        Bilingual("存储的树中缺少\(tile.zhHans)", en: "\(tile.en) is missing from the stored tree")
    }

    public static func ledgerDivergenceTileHash(tile: Bilingual, stored: String, leaves: Range<UInt64>, computed: String) -> Bilingual {
        Bilingual("\(tile.zhHans)存的是 \(stored)，而第 \(leaves.lowerBound) 至 \(leaves.upperBound) 条（不含）记录算得 \(computed)",
                  en: "\(tile.en) holds \(stored) where entries \(leaves.lowerBound)..<\(leaves.upperBound) give \(computed)")
    }

    public static func ledgerDivergenceTileWidth(tile: Bilingual, bytes: Int, hashes: Int) -> Bilingual {
        Bilingual("\(tile.zhHans)有 \(bytes) 字节，按树应有 \(hashes) 个哈希", en: "\(tile.en) is \(bytes) bytes, the tree gives it \(hashes) hashes")
    }

    public static func ledgerDivergenceTileStray(tile: Bilingual) -> Bilingual {
        Bilingual("存有\(tile.zhHans)，但记录并未延伸到那里", en: "\(tile.en) is stored, but the entries do not reach it")
    }

    public static func ledgerDivergenceHeadUnreadable(error: String) -> Bilingual {
        Bilingual("无法读取：\(error)", en: "unreadable: \(error)")
    }

    public static func ledgerDivergenceHeadSize(recorded: UInt64, entries: UInt64) -> Bilingual {
        Bilingual("记载的规模为 \(recorded)，记录实有 \(entries) 条", en: "records size \(recorded), the entries number \(entries)")
    }

    public static func ledgerDivergenceCheckpointSignature(error: String) -> Bilingual {
        Bilingual("签名验证失败：\(error)", en: "does not verify: \(error)")
    }

    public static func ledgerDivergenceCheckpointSize(signed: UInt64, filed: UInt64, size: UInt64) -> Bilingual {
        Bilingual("签署的规模为 \(signed)，存档为 \(filed)，树的规模为 \(size)", en: "signs size \(signed), filed as \(filed) in a tree of \(size)")
    }

    public static func ledgerDivergenceCheckpointRoot(signed: String, tree: String) -> Bilingual {
        Bilingual("签署的根哈希为 \(signed)，树在该规模下的根哈希为 \(tree)", en: "signs root \(signed), the tree at that size has \(tree)")
    }

    public static func ledgerDivergenceRowMissing(entry: UInt64) -> Bilingual {
        Bilingual("第 \(entry) 条记录记载了它，但表中没有这一行", en: "entry \(entry) records it, but the table has no such row")
    }

    public static func ledgerDivergenceRowUnreadable(error: String) -> Bilingual {
        Bilingual("这一行无法读取：\(error)", en: "the row is unreadable: \(error)")
    }

    /// A value is quoted, so an empty text is told apart from one that is absent.
    public static func ledgerDivergenceRowDiffers(entry: UInt64, field: String, ledger: String?, table: String?) -> Bilingual {
        func quoted(_ value: String?, absent: String) -> String { value.map { "\"\($0)\"" } ?? absent }
        return Bilingual(
            "与第 \(entry) 条记录不符：\(field) 在账本中为 \(quoted(ledger, absent: ledgerDivergenceAbsent.zhHans))，在表中为 \(quoted(table, absent: ledgerDivergenceAbsent.zhHans))",
            en: "differs from entry \(entry): \(field) is \(quoted(ledger, absent: ledgerDivergenceAbsent.english)) in the ledger and \(quoted(table, absent: ledgerDivergenceAbsent.english)) in the table"
        )
    }
}
