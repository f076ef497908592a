import Foundation
import PermitCore
import PermitLedger
@testable import PermitStore
import PermitTestSupport
import Testing

@Suite("Ledger — the write path appends to a signed Merkle log")
struct LedgerWriteTests {
    @Test("each change is one entry at the next index, under a checkpoint that verifies")
    func appendsAndSigns() async throws {
        try await withTestStore { store in
            // setup
            let empty = try SignedCheckpoint(
                verifying: try await store.ledger.checkpoint(), verifier: LedgerSigner.testing.verifierKey, origin: "permittrail/test"
            )
            // MUT
            let user = try await LedgerFixture.populate(store, districts: 4)
            // validate
            #expect(empty.checkpoint.size == 0 && empty.checkpoint.root == TreeHasher.emptyRoot)
            let entries = try await store.ledger.entries(0..<100)
            #expect(entries.map(\.index) == Array(0..<5))
            #expect(entries.last?.entry.subjectID == user.id.description)
            let signed = try SignedCheckpoint(
                verifying: try await store.ledger.checkpoint(), verifier: LedgerSigner.testing.verifierKey, origin: "permittrail/test"
            )
            #expect(signed.checkpoint.size == 5)
            #expect(signed.checkpoint.root == Frontier().appending(entries.map(\.leafHash)).root)
        }
    }

    @Test("a refused change appends nothing")
    func refusalAppendsNothing() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 1)
            let before = try await store.ledger.checkpoint()

            await #expect(throws: AccountError.self) {
                try await store.testWrites.add(LedgerFixture.district(1), by: LedgerFixture.actor, at: .t0)
            }

            #expect(try await store.ledger.checkpoint() == before)
            #expect(try await store.ledger.size() == 2)
        }
    }

    @Test("every inclusion and consistency proof the store gives verifies, for every size")
    func proofsVerify() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 12)
            let size = try await store.ledger.size()
            #expect(size == 13)

            for treeSize in UInt64(1)...size {
                for index in 0..<treeSize {
                    try await store.ledger.inclusionProof(index: index, size: treeSize).verify()
                }
                for older in UInt64(1)...treeSize {
                    try await store.ledger.consistencyProof(size1: older, size2: treeSize).verify()
                }
            }
            let entry = try #require(try await store.ledger.entries(7..<8).first)
            let byHash = try await store.ledger.inclusionProof(leafHash: entry.leafHash)
            #expect(byHash.leafIdx == 7 && byHash.treeSize == size)
            try byHash.verify()
        }
    }

    @Test("questions the tree cannot answer are refused, not guessed")
    func refusals() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 2)

            await #expect(throws: LedgerQueryError.sizeBeyondTree(size: 4, treeSize: 3)) {
                try await store.ledger.inclusionProof(index: 0, size: 4)
            }
            await #expect(throws: LedgerQueryError.indexOutOfRange(index: 3, size: 3)) {
                try await store.ledger.inclusionProof(index: 3)
            }
            await #expect(throws: LedgerQueryError.unknownLeafHash) {
                try await store.ledger.inclusionProof(leafHash: TreeHasher.emptyRoot)
            }
            await #expect(throws: LedgerQueryError.invalidSizes(size1: 0, size2: 3)) {
                try await store.ledger.consistencyProof(size1: 0)
            }
            await #expect(throws: LedgerQueryError.noSuchTile("tile/0/000.p/4")) {
                try await store.ledger.tile(TileID(level: 0, index: 0, width: 4))
            }
        }
    }

    @Test("tiles and entry bundles hold the tree's leaves and the entries' bytes")
    func tiles() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            let entries = try await store.ledger.entries(0..<7)

            let tile = try TileCoding.parseTile(try await store.ledger.tile(TileID(level: 0, index: 0, width: 7)))
            let bundle = try TileCoding.parseEntryBundle(try await store.ledger.entryBundle(EntryBundleID(index: 0, width: 7)))

            #expect(tile == entries.map(\.leafHash))
            #expect(bundle == entries.map(\.bytes))
        }
    }

    @Test("checkpoints are kept for history at most once a second")
    func history() async throws {
        try await withTestStore { store in
            // Changes 1 s apart keep each checkpoint; the inspector follows a minute later.
            try await LedgerFixture.populate(store, districts: 3)

            let history = try await store.ledger.checkpointHistory()

            #expect(history.map(\.size) == [1, 2, 3, 4])
        }
    }

    @Test("changes from two stores, as from two processes, land at consecutive indices")
    func twoStores() async throws {
        try await withTestStore { first in
            try await withSecondStore(beside: first) { second in
                for number in 0..<6 {
                    let store = number.isMultiple(of: 2) ? first : second
                    _ = try await store.testWrites.add(LedgerFixture.district(200 + number), by: LedgerFixture.actor, at: .t0)
                }
                let entries = try await first.ledger.entries(0..<100)
                #expect(entries.map(\.index) == Array(0..<6))
                #expect(entries.map(\.entry.subjectID) == (200..<206).map { LedgerFixture.district($0).code.rawValue })
                #expect(try await first.ledger.check().entries == 6)
                #expect(try await second.ledger.check().entries == 6)
            }
        }
    }

    @Test(
        "writers in several processes never fork the log, leave a gap or reuse an index",
        .enabled(if: TestDatabase.isPostgres, "only PostgreSQL serves several writing processes")
    )
    func concurrentWriters() async throws {
        try await withTestStore { first in
            // Separate stores have separate connection pools, as separate processes would.
            let others = try (0..<3).map { _ in
                try Store.standalone(location: first.location, signer: .testing, label: "permittrail.test")
            }
            let writers = [first] + others

            try await withThrowingTaskGroup(of: Void.self) { group in
                for (position, store) in writers.enumerated() {
                    group.addTask {
                        for number in 0..<15 {
                            let district = LedgerFixture.district(100 + position * 20 + number)
                            _ = try await store.testWrites.add(district, by: LedgerFixture.actor, at: .t0)
                        }
                    }
                }
                try await group.waitForAll()
            }
            for store in others { await store.shutdown() }

            let entries = try await first.ledger.entries(0..<1000)
            #expect(entries.map(\.index) == Array(0..<60))
            #expect(Set(entries.map(\.entry.subjectID)).count == 60)
            let summary = try await first.ledger.check()
            #expect(summary.entries == 60)
        }
    }
}
