import Foundation
import PermitLedger
import Testing

@Suite("Proofs tied to a signed checkpoint")
struct ProofAnchorTests {
    static let leaves = syntheticLeaves(11)
    static let store = InMemoryNodeStore(leaves: leaves)

    static func anchor(size: Int = 11, consistencyProofs: [ConsistencyProofFile] = []) throws -> ProofAnchor {
        let checkpoint = try Checkpoint(origin: "permittrail.example/ledger", size: UInt64(size), root: store.root(size: size))
        return ProofAnchor(checkpoint: checkpoint, consistencyProofs: consistencyProofs)
    }

    static func inclusion(_ index: UInt64, size: Int, in store: InMemoryNodeStore = store, leaf: Hash? = nil) throws -> Data {
        try ProofFile.inclusion(InclusionProofFile(
            leafIndex: index, treeSize: UInt64(size), root: store.root(size: size),
            leafHash: leaf ?? leaves[Int(index)], proof: store.inclusionProof(index: index, size: UInt64(size))
        )).json()
    }

    static func bridge(from size1: Int, to size2: Int) throws -> ConsistencyProofFile {
        ConsistencyProofFile(
            size1: UInt64(size1), size2: UInt64(size2), root1: store.root(size: size1), root2: store.root(size: size2),
            proof: try store.consistencyProof(size1: UInt64(size1), size2: UInt64(size2))
        )
    }

    @Test func aProofOfTheCheckpointsTreeIsOK() throws {
        for index in [0, 6, 10] as [UInt64] {
            #expect(ProofFile.check(try Self.inclusion(index, size: 11), tiedTo: try Self.anchor()) == .ok)
        }
    }

    @Test func aFabricatedOneEntryProofIsNotTied() throws {
        let leaf = Self.leaves[3]
        let fabricated = try ProofFile.inclusion(InclusionProofFile(leafIndex: 0, treeSize: 1, root: leaf, leafHash: leaf, proof: [])).json()
        #expect(ProofFile.check(fabricated) == .ok)
        #expect(ProofFile.check(fabricated, tiedTo: try Self.anchor()) == .untied(.noConsistencyProof(treeSize: 1, checkpointSize: 11)))
    }

    @Test func anotherTreeOfTheSameSizeIsNotTied() throws {
        let forgedLeaves = Self.leaves.enumerated().map { $0.offset == 4 ? TreeHasher.leafHash(Array("forged".utf8)) : $0.element }
        let forged = try Self.inclusion(4, size: 11, in: InMemoryNodeStore(leaves: forgedLeaves), leaf: forgedLeaves[4])
        #expect(ProofFile.check(forged) == .ok)
        #expect(ProofFile.check(forged, tiedTo: try Self.anchor()) == .untied(.rootDiffers(treeSize: 11)))
    }

    @Test func anOlderTreeIsTiedByAConsistencyProof() throws {
        let older = try Self.inclusion(2, size: 5)
        let unrelated = try Self.bridge(from: 4, to: 11)
        #expect(ProofFile.check(older, tiedTo: try Self.anchor(consistencyProofs: [unrelated, Self.bridge(from: 5, to: 11)])) == .ok)
        #expect(ProofFile.check(older, tiedTo: try Self.anchor(consistencyProofs: [unrelated]))
            == .untied(.noConsistencyProof(treeSize: 5, checkpointSize: 11)))
        // The bridge must lead to this checkpoint, not only have its size.
        #expect(ProofFile.check(older, tiedTo: try Self.anchor(size: 11, consistencyProofs: [Self.bridge(from: 5, to: 10)]))
            == .untied(.noConsistencyProof(treeSize: 5, checkpointSize: 11)))
    }

    @Test func aConsistencyProofMustJoinBothRootsAndVerify() throws {
        let older = try Self.inclusion(2, size: 5)
        var fromElsewhere = try Self.bridge(from: 5, to: 11)
        fromElsewhere.root1 = Self.store.root(size: 6).bytes
        var toElsewhere = try Self.bridge(from: 5, to: 11)
        toElsewhere.root2 = Self.store.root(size: 10).bytes
        var truncated = try Self.bridge(from: 5, to: 11)
        truncated.proof.removeLast()
        let cases: [(ConsistencyProofFile, ProofAnchorError)] = [
            (fromElsewhere, .consistencyProofMismatch(.root1, size1: 5, size2: 11)),
            (toElsewhere, .consistencyProofMismatch(.root2, size1: 5, size2: 11)),
            (truncated, .consistencyProofFails(.wrongProofLength(got: truncated.proof.count, want: truncated.proof.count + 1), size1: 5, size2: 11)),
        ]
        for (bridge, error) in cases {
            #expect(ProofFile.check(older, tiedTo: try Self.anchor(consistencyProofs: [bridge])) == .untied(error))
        }
    }

    @Test func aNewerTreeIsRefused() throws {
        let newer = try Self.inclusion(2, size: 11)
        #expect(ProofFile.check(newer, tiedTo: try Self.anchor(size: 8, consistencyProofs: [Self.bridge(from: 8, to: 11)]))
            == .untied(.newerTree(treeSize: 11, checkpointSize: 8)))
    }

    @Test func theProofItselfIsCheckedFirst() throws {
        let text = String(decoding: try Self.inclusion(6, size: 11), as: UTF8.self)
        let moved = text.replacingOccurrences(of: #""leafIdx":6"#, with: #""leafIdx":7"#)
        #expect(moved != text)
        guard case .fail = ProofFile.check(Data(moved.utf8), tiedTo: try Self.anchor()) else {
            Issue.record("a proof that does not verify must fail as such")
            return
        }
        let consistency = try ProofFile.consistency(Self.bridge(from: 5, to: 11)).json()
        #expect(ProofFile.check(consistency, tiedTo: try Self.anchor()) == .unreadable(.wrongKind(expected: .inclusion)))
    }

    @Test func reasonsNameBothSizes() {
        let line = ProofFileVerdict.untied(.noConsistencyProof(treeSize: 1, checkpointSize: 11)).outcome.line(for: "p.json")
        #expect(line == "FAIL: p.json: proof is for tree size 1, the checkpoint for 11, and no consistency proof from 1 to 11 was given")
        #expect(VerificationOutcome.ok.line(for: "p.json") == "OK: p.json")
    }
}
