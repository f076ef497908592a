import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) import PermitStore
import PermitTestSupport
import Testing

/// `Journal.record` appends an event with no row of its own, one at a time:
/// tiles complete and history checkpoints are kept as the log grows.
@Suite("Ledger — events appended one at a time (REC-9, ARC-1)")
struct LedgerRecordTests {
    /// Events a quarter of a second apart: every fourth keeps a checkpoint
    /// for history.
    static func events(_ range: Range<Int>) -> [DomainEvent] {
        range.map { number in
            DomainEvent(
                kind: .init(rawValue: "benchmark.recorded"), actor: .system("test"),
                subject: .init(kind: "benchmark", id: String(number)), occurredAt: .t0.addingTimeInterval(Double(number) / 4),
                fields: ["number": String(number)]
            )
        }
    }

    @Test("600 appends across two full tiles and 150 history checkpoints leave the tree, tiles and history fsck expects")
    func oneAtATime() async throws {
        try await withTestStore { store in
            for event in Self.events(0..<600) {
                try await store.ledger.appendUncovered([event])
            }

            let summary = try await store.ledger.check()
            #expect(summary.entries == 600)
            // 600 leaf hashes, two full level-0 tiles, the partial level-1 tile of two hashes.
            #expect(summary.nodes == 600 + 2 * 256 + 2)
            let entries = try await store.ledger.entries(0..<600)
            #expect(entries.map(\.entry.subjectID) == (0..<600).map(String.init))
            let tree = TreeLevels(leaves: entries.map(\.leafHash))
            #expect(summary.root == tree.root(size: 600))
            for tile in TileLayout.tiles(treeSize: 600) {
                #expect(try await store.ledger.tile(tile) == TileCoding.tile(tree.hashes(of: tile)), "\(tile)")
            }
            let history = try await store.ledger.checkpointHistory().map(\.size)
            #expect(history == Array(stride(from: 1, through: 597, by: 4)))
            let signed = try SignedCheckpoint(
                verifying: try await store.ledger.checkpoint(), verifier: LedgerSigner.testing.verifierKey, origin: "permittrail/test"
            )
            #expect(signed.checkpoint.size == 600 && signed.checkpoint.root == tree.root(size: 600))
            for index: UInt64 in [0, 1, 255, 256, 599] {
                try await store.ledger.inclusionProof(index: index).verify()
            }
        }
    }

    @Test("appends from two stores, as from two processes, take consecutive indices")
    func twoStores() async throws {
        try await withTestStore { first in
            try await withSecondStore(beside: first) { second in
                for event in Self.events(0..<12) {
                    let store = Int(event.subject.id)!.isMultiple(of: 3) ? second : first
                    try await store.ledger.appendUncovered([event])
                }
                let entries = try await first.ledger.entries(0..<100)
                #expect(entries.map(\.index) == Array(0..<12))
                #expect(entries.map(\.entry.subjectID) == (0..<12).map(String.init))
                #expect(try await first.ledger.check().entries == 12)
                #expect(try await second.ledger.size() == 12)
            }
        }
    }
}
