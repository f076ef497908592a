import Foundation
import PermitLedger
import Testing

/// `Fixtures/merkle_vectors.json`: transparency-dev/merkle, RFC 9162 and C2SP
/// known answers. Each section is decoded into its own type so that a test
/// using a section fails to compile if the section is dropped.
struct MerkleVectors: Decodable, Sendable {
    struct HasherCase: Decodable, Sendable {
        let desc: String
        let leafInputHex: String?
        let leftHex: String?
        let rightHex: String?
        let hash: String
    }

    struct InclusionCase: Decodable, Sendable {
        let leafIndex: UInt64
        let treeSize: UInt64
        let leafInputHex: String
        let leafHash: String
        let proof: [String]
        let root: String
    }

    struct ConsistencyCase: Decodable, Sendable {
        let size1: UInt64
        let size2: UInt64
        let root1: String
        let root2: String
        let proof: [String]
    }

    /// Upstream's mutated proof files: either shape, all hex, all must fail.
    struct NegativeCase: Decodable, Sendable {
        let desc: String
        let wantErr: Bool
        let leafIdx: UInt64?
        let treeSize: UInt64?
        let root: String?
        let leafHash: String?
        let size1: UInt64?
        let size2: UInt64?
        let root1: String?
        let root2: String?
        let proof: [String]
    }

    struct SymbolicExample: Decodable, Sendable {
        let tree: String
        let results: [String: [String]]
        let expectedPerRfc: [String: [String]]
    }

    struct SignedNoteExample: Decodable, Sendable {
        let vkey: String
        let signedNote: String
        let signedTextUtf8: String
    }

    struct CheckpointExample: Decodable, Sendable {
        let text: String
    }

    let hasher: [HasherCase]
    let leavesHex: [String]
    let rootsBySize: [String: String]
    let nodeHashesByLevel: [String: [String]]
    let inclusion: [InclusionCase]
    let consistency: [ConsistencyCase]
    let negativeCasesUpstream: [NegativeCase]
    let rfc9162SymbolicExample: SymbolicExample
    let c2spSignedNoteExample: SignedNoteExample
    let c2spTlogCheckpointExampleTextOnly: CheckpointExample

    /// Decoded once per test process.
    static func load() throws -> MerkleVectors {
        try cached.get()
    }

    private static let cached = Result<MerkleVectors, any Error> {
        guard let url = Bundle.module.url(forResource: "merkle_vectors", withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(MerkleVectors.self, from: Data(contentsOf: url))
    }

    /// The leaf hashes of ``leavesHex``.
    var leafHashes: [Hash] {
        leavesHex.map { TreeHasher.leafHash(bytes(hex: $0)) }
    }
}

/// Hex of any length, for vectors whose "hashes" are deliberately malformed.
func bytes(hex: String) -> [UInt8] {
    let chars = Array(hex.utf8)
    precondition(chars.count % 2 == 0, "odd hex in fixture")
    return stride(from: 0, to: chars.count, by: 2).map {
        UInt8(String(decoding: chars[$0..<($0 + 2)], as: UTF8.self), radix: 16)!
    }
}

/// A leaf hash per index, distinct and cheap, for property tests.
func syntheticLeaves(_ count: Int) -> [Hash] {
    (0..<count).map { TreeHasher.leafHash(Array("entry \($0)".utf8)) }
}

/// The same bytes with one bit flipped, to show a check depends on them.
func flippingBit(_ bit: Int, of hash: Hash) throws -> Hash {
    var raw = hash.bytes
    raw[bit / 8 % Hash.byteCount] ^= 1 << UInt8(bit % 8)
    return try Hash(bytes: raw)
}
