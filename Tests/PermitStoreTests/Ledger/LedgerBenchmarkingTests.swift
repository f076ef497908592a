import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) import PermitStore
import PermitTestSupport
import Testing

/// The benchmarks fill the log through `appendUncovered`; their figures mean
/// something only if that log is as sound as one the write path builds.
@Suite("Ledger bulk append for benchmarks")
struct LedgerBenchmarkingTests {
    @Test("a thousand entries after real changes pass fsck, and their proofs verify against the signed head")
    func bulkAppend() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 3)

            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(0..<600))
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(600..<1000))

            let summary = try await store.ledger.check()
            #expect(summary.entries == 1004)
            #expect(summary.coveredRows == 4)
            let signed = try SignedCheckpoint(
                verifying: try await store.ledger.checkpoint(), verifier: LedgerSigner.testing.verifierKey, origin: "permittrail/test"
            )
            #expect(signed.checkpoint.size == 1004 && signed.checkpoint.root == summary.root)
            let entries = try await store.ledger.entries(0..<1004)
            #expect(entries[4].entry.subjectID == "0" && entries[1003].entry.subjectID == "999")
            for index in stride(from: UInt64(0), to: 1004, by: 97) {
                let proof = try await store.ledger.inclusionProof(index: index)
                try proof.verify()
                #expect(proof.leafHash == entries[Int(index)].leafHash.bytes && proof.root == summary.root.bytes)
                try await store.ledger.consistencyProof(size1: index + 1).verify()
            }
        }
    }
}
