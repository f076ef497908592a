import PermitCore
import PermitLedger
@testable import PermitStore
import Testing

/// The fsck's findings read in Chinese by default and in English for
/// scripts, with every value in its place in both.
@Suite("Ledger divergences in both languages (REC-9, X-3)")
struct LedgerDivergenceTests {
    private static let subject = DomainEvent.Subject(kind: "district", id: "310115")
    private static let tile = TileAddress(level: 1, index: 7)

    /// Every reason, each with values that appear nowhere else.
    private static let reasons: [LedgerDivergence.Reason] = [
        .negativeIndex(-3), .missing(nextStored: 1000), .notCanonical(error: "truncated"),
        .indexedAs(subject, entryIsAbout: .init(kind: "case", id: "沪-2026-1")),
        .leafHash(computed: "ab12", stored: "cd34"), .leafHash(computed: "ab12", stored: nil),
        .columnType(column: "entry", holds: .text, expected: [.bytes, .null]),
        .tileMissing(tile), .tileHash(tile, stored: "ee", leaves: 256..<512, computed: "ff"),
        .tileWidth(tile, bytes: 31, hashes: 2), .tileStray(tile), .headUnreadable(error: "no row"),
        .headSize(recorded: 9, entries: 8), .headFrontier, .checkpointSignature(error: "bad key"),
        .checkpointSize(signed: 5, filedAs: 6, treeSize: 7), .checkpointRoot(signed: "AAA=", tree: "BBB="),
        .rowMissing(entry: 42), .rowUnreadable(error: "bad JSON"),
        .rowDiffers(entry: 0, field: "name", ledger: "浦东新区", table: nil), .rowUnrecorded,
    ]

    @Test("every reason fills its placeholders in both languages, and the Chinese text is not the English one")
    func everyReasonInBothLanguages() {
        for reason in Self.reasons {
            let chinese = reason.text(.zhHans), english = reason.text(.en)
            #expect(!chinese.contains("{") && !english.contains("{"), "\(reason)")
            #expect(chinese != english, "\(reason)")
            #expect(chinese.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(chinese)")
        }
    }

    @Test("English texts keep the words scripts match on")
    func englishTexts() {
        #expect(LedgerDivergence.Reason.missing(nextStored: 1000).text(.en) == "missing; the next stored entry is 1000")
        #expect(LedgerDivergence.Reason.columnType(column: "entry", holds: .text, expected: [.bytes, .null]).text(.en)
            == "its column entry holds text, not bytes or null")
        #expect(LedgerDivergence.Reason.tileHash(Self.tile, stored: "ee", leaves: 256..<512, computed: "ff").text(.en)
            == "tile 1/7 holds ee where entries 256..<512 give ff")
        #expect(LedgerDivergence.Reason.rowDiffers(entry: 0, field: "name", ledger: "浦东新区", table: nil).text(.en)
            == "differs from entry 0: name is \"浦东新区\" in the ledger and absent in the table")
    }

    @Test("the place and the subject lead the line in either language")
    func places() {
        let entry = LedgerDivergence(place: .entry(index: 12), subject: Self.subject, reason: .leafHash(computed: "ab", stored: nil))
        #expect(entry.description == "entry 12 (district 310115): its bytes hash to ab, the stored leaf hash is absent")
        #expect(entry.description(.zhHans) == "第 12 条记录（district 310115）：其字节的哈希为 ab，却没有存储叶哈希")
        let node = LedgerDivergence(place: .node(NodeID(level: 2, index: 3)), subject: nil, reason: .tileStray(Self.tile))
        #expect(node.description(.zhHans) == "树节点（第 2 层第 3 个）：存有哈希瓦片 1/7，但记录并未延伸到那里")
        let head = LedgerDivergence(place: .head, subject: nil, reason: .headFrontier)
        #expect(head.description == "ledger head: the stored frontier differs from the recomputed one")
        let checkpoint = LedgerDivergence(place: .checkpoint(size: 5), subject: nil, reason: .checkpointSignature(error: "x"))
        #expect(checkpoint.description(.zhHans) == "规模为 5 的检查点：签名验证失败：x")
    }
}
