import PermitLedger
import Testing

@Suite("Proof verification")
struct ProofVerificationTests {
    @Test func inclusionVectorsVerify() throws {
        let vectors = try MerkleVectors.load()
        for vector in vectors.inclusion {
            let leaf = try Hash(hex: vector.leafHash)
            #expect(TreeHasher.leafHash(bytes(hex: vector.leafInputHex)) == leaf)
            let proof = try vector.proof.map { try Hash(hex: $0) }
            let root = try Hash(hex: vector.root)
            try ProofVerification.verifyInclusion(leafHash: leaf, index: vector.leafIndex, size: vector.treeSize, proof: proof, root: root)
            try ProofVerification.verifyInclusion(
                leafHash: leaf.bytes, index: vector.leafIndex, size: vector.treeSize, proof: proof.map(\.bytes), root: root.bytes
            )
        }
    }

    @Test func consistencyVectorsVerify() throws {
        let vectors = try MerkleVectors.load()
        for vector in vectors.consistency {
            let proof = try vector.proof.map { try Hash(hex: $0) }
            try ProofVerification.verifyConsistency(
                size1: vector.size1, size2: vector.size2,
                root1: try Hash(hex: vector.root1), root2: try Hash(hex: vector.root2), proof: proof
            )
        }
    }

    @Test func upstreamNegativeCasesFailForTheRightReason() throws {
        let vectors = try MerkleVectors.load()
        #expect(vectors.negativeCasesUpstream.count == Self.expectedFailures.count)
        for vector in vectors.negativeCasesUpstream {
            #expect(vector.wantErr)
            let matches = try #require(Self.expectedFailures[vector.desc], "unclassified case \(vector.desc)")
            let error = #expect(throws: ProofVerificationError.self) { try Self.verify(vector) }
            #expect(error.map(matches) == true, "\(vector.desc): \(String(describing: error))")
        }
    }

    /// What each upstream mutation must be rejected as.
    static let expectedFailures: [String: @Sendable (ProofVerificationError) -> Bool] = [
        "wrong leaf": { $0 == .wrongHashLength(.leafHash, length: 9) },
        "modified proof[0] bit @3": { if case .rootMismatch(.root, _, _) = $0 { true } else { false } },
        "leafIdx plus @1": { if case .rootMismatch(.root, _, _) = $0 { true } else { false } },
        "treeSize mul @2": { $0 == .wrongProofLength(got: 3, want: 4) },
        "trailing garbage": { $0 == .wrongProofLength(got: 4, want: 3) },
        "empty root and leaf": { $0 == .wrongHashLength(.leafHash, length: 0) },
        "swapped roots": { if case .rootMismatch(.root2, _, _) = $0 { true } else { false } },
        "truncated proof": { $0 == .wrongProofLength(got: 2, want: 3) },
        "wrong root2": { $0 == .wrongHashLength(.root2, length: 9) },
        "size1 is greater than size2": { $0 == .sizeDecreased(size1: 1, size2: 0) },
        "sizes are equal (zero) and proof is empty": { $0 == .consistencyFromEmptyTree },
        "sizes match but proof is not empty and sizes are one": { $0 == .nonEmptyProofForEqualSizes(count: 1) },
    ]

    static func verify(_ vector: MerkleVectors.NegativeCase) throws {
        let proof = vector.proof.map { bytes(hex: $0) }
        if let index = vector.leafIdx, let size = vector.treeSize {
            try ProofVerification.verifyInclusion(
                leafHash: bytes(hex: vector.leafHash ?? ""), index: index, size: size, proof: proof, root: bytes(hex: vector.root ?? "")
            )
        } else {
            try ProofVerification.verifyConsistency(
                size1: vector.size1 ?? 0, size2: vector.size2 ?? 0,
                root1: bytes(hex: vector.root1 ?? ""), root2: bytes(hex: vector.root2 ?? ""), proof: proof
            )
        }
    }

    @Test func generatedInclusionProofsVerifyAndMutationsFail() throws {
        let leaves = syntheticLeaves(64)
        let store = InMemoryNodeStore(leaves: leaves)
        for size in 1...leaves.count {
            let root = store.root(size: size)
            for index in 0..<size {
                let proof = try store.inclusionProof(index: UInt64(index), size: UInt64(size))
                func check(_ proof: [Hash], leaf: Hash = leaves[index], at position: Int = index) throws {
                    try ProofVerification.verifyInclusion(leafHash: leaf, index: UInt64(position), size: UInt64(size), proof: proof, root: root)
                }
                try check(proof)
                #expect(try ProofVerification.rootFromInclusionProof(
                    leafHash: leaves[index], index: UInt64(index), size: UInt64(size), proof: proof) == root)
                #expect(throws: ProofVerificationError.self) { try check(proof, leaf: try flippingBit(7, of: leaves[index])) }
                for position in proof.indices {
                    var mutated = proof
                    mutated[position] = try flippingBit(position * 11, of: proof[position])
                    #expect(throws: ProofVerificationError.self, "\(index) in \(size), node \(position)") { try check(mutated) }
                }
                if !proof.isEmpty {
                    #expect(throws: ProofVerificationError.wrongProofLength(got: proof.count - 1, want: proof.count)) {
                        try check(Array(proof.dropLast()))
                    }
                }
                #expect(throws: ProofVerificationError.wrongProofLength(got: proof.count + 1, want: proof.count)) {
                    try check(proof + [root])
                }
                if index + 1 < size {
                    #expect(throws: ProofVerificationError.self) { try check(proof, at: index + 1) }
                }
            }
        }
    }

    @Test func generatedConsistencyProofsVerifyAndMutationsFail() throws {
        let leaves = syntheticLeaves(64)
        let store = InMemoryNodeStore(leaves: leaves)
        for size2 in 1...leaves.count {
            let root2 = store.root(size: size2)
            for size1 in 1...size2 {
                let root1 = store.root(size: size1)
                let proof = try store.consistencyProof(size1: UInt64(size1), size2: UInt64(size2))
                func check(_ proof: [Hash], root1: Hash = root1, root2: Hash = root2) throws {
                    try ProofVerification.verifyConsistency(size1: UInt64(size1), size2: UInt64(size2), root1: root1, root2: root2, proof: proof)
                }
                try check(proof)
                #expect(throws: ProofVerificationError.self, "\(size1) -> \(size2)") { try check(proof, root1: try flippingBit(3, of: root1)) }
                #expect(throws: ProofVerificationError.self, "\(size1) -> \(size2)") { try check(proof, root2: try flippingBit(3, of: root2)) }
                for position in proof.indices {
                    var mutated = proof
                    mutated[position] = try flippingBit(position * 13 + 1, of: proof[position])
                    #expect(throws: ProofVerificationError.self, "\(size1) -> \(size2), node \(position)") { try check(mutated) }
                }
                if !proof.isEmpty {
                    #expect(throws: ProofVerificationError.wrongProofLength(got: proof.count - 1, want: proof.count)) {
                        try check(Array(proof.dropLast()))
                    }
                    #expect(throws: ProofVerificationError.wrongProofLength(got: proof.count + 1, want: proof.count)) {
                        try check(proof + [root1])
                    }
                }
            }
        }
    }

    @Test func equalSizesNeedEqualRoots() throws {
        let roots = syntheticLeaves(2)
        try ProofVerification.verifyConsistency(size1: 4, size2: 4, root1: roots[0], root2: roots[0], proof: [])
        #expect(throws: ProofVerificationError.rootMismatch(.root2, expected: roots[1], calculated: roots[0])) {
            try ProofVerification.verifyConsistency(size1: 4, size2: 4, root1: roots[0], root2: roots[1], proof: [])
        }
    }

    @Test func everyHashMustBe32Bytes() throws {
        let leaves = syntheticLeaves(8)
        let store = InMemoryNodeStore(leaves: leaves)
        let proof = try store.inclusionProof(index: 2, size: 8).map(\.bytes)
        let root = store.root(size: 8).bytes
        #expect(throws: ProofVerificationError.wrongHashLength(.root, length: 33)) {
            try ProofVerification.verifyInclusion(leafHash: leaves[2].bytes, index: 2, size: 8, proof: proof, root: root + [0])
        }
        var short = proof
        short[1].removeLast()
        #expect(throws: ProofVerificationError.wrongHashLength(.proofNode(1), length: 31)) {
            try ProofVerification.verifyInclusion(leafHash: leaves[2].bytes, index: 2, size: 8, proof: short, root: root)
        }
        let consistency = try store.consistencyProof(size1: 3, size2: 8).map(\.bytes)
        #expect(throws: ProofVerificationError.wrongHashLength(.root1, length: 0)) {
            try ProofVerification.verifyConsistency(size1: 3, size2: 8, root1: [], root2: root, proof: consistency)
        }
    }

    @Test func errorsReadAsShortEnglish() throws {
        let hash = TreeHasher.emptyRoot
        #expect(ProofVerificationError.wrongProofLength(got: 4, want: 3).description == "proof has 4 hashes, expected 3")
        #expect(ProofVerificationError.wrongHashLength(.proofNode(2), length: 9).description == "proof[2] is 9 bytes, expected 32")
        #expect(ProofVerificationError.rootMismatch(.root, expected: hash, calculated: hash).description.hasPrefix("calculated root e3b0c442"))
        #expect(ProofVerificationError.consistencyFromEmptyTree.description == "consistency proof from the empty tree is meaningless")
    }
}
