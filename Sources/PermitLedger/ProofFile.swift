import Foundation

/// An inclusion proof as exchanged in files and API responses:
/// `{"leafIdx":N,"treeSize":N,"root":"b64","leafHash":"b64","proof":["b64",...]}`.
/// Reading follows ``ProofFileCoding``, so files written by Go tools verify.
///
/// Hashes are kept as raw bytes, not ``Hash``, so that a hash of the wrong
/// length still decodes and is then reported by verification as a FAIL that
/// names the hash, instead of making the whole file unreadable.
public struct InclusionProofFile: Codable, Sendable, Hashable {
    /// The zero-based index of the leaf.
    public var leafIdx: UInt64
    /// The size of the tree the proof is for.
    public var treeSize: UInt64
    /// The claimed root of that tree.
    public var root: [UInt8]
    /// The RFC 9162 leaf hash of the entry.
    public var leafHash: [UInt8]
    /// The proof hashes, bottom up.
    public var proof: [[UInt8]]

    /// A file with hashes exactly as read, lengths unchecked.
    public init(leafIdx: UInt64, treeSize: UInt64, root: [UInt8], leafHash: [UInt8], proof: [[UInt8]]) {
        self.leafIdx = leafIdx
        self.treeSize = treeSize
        self.root = root
        self.leafHash = leafHash
        self.proof = proof
    }

    /// The file for a proof the log produced.
    public init(leafIndex: UInt64, treeSize: UInt64, root: Hash, leafHash: Hash, proof: [Hash]) {
        self.init(leafIdx: leafIndex, treeSize: treeSize, root: root.bytes, leafHash: leafHash.bytes, proof: proof.map(\.bytes))
    }

    /// Verifies the proof strictly, see ``ProofVerification``.
    public func verify() throws(ProofVerificationError) {
        try ProofVerification.verifyInclusion(leafHash: leafHash, index: leafIdx, size: treeSize, proof: proof, root: root)
    }

    private enum CodingKeys: String, CodingKey {
        case leafIdx, treeSize, root, leafHash, proof
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        leafIdx = try container.decode(UInt64.self, forKey: .leafIdx)
        treeSize = try container.decode(UInt64.self, forKey: .treeSize)
        root = try ProofFileCoding.bytes(in: container, forKey: .root)
        leafHash = try ProofFileCoding.bytes(in: container, forKey: .leafHash)
        proof = try ProofFileCoding.byteList(in: container, forKey: .proof)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(leafIdx, forKey: .leafIdx)
        try container.encode(treeSize, forKey: .treeSize)
        try container.encode(StrictBase64.encode(root), forKey: .root)
        try container.encode(StrictBase64.encode(leafHash), forKey: .leafHash)
        try container.encode(proof.map { StrictBase64.encode($0) }, forKey: .proof)
    }
}

/// A consistency proof as exchanged in files and API responses:
/// `{"size1":N,"size2":N,"root1":"b64","root2":"b64","proof":["b64",...]}`.
/// Reading follows ``ProofFileCoding``, so files written by Go tools verify.
public struct ConsistencyProofFile: Codable, Sendable, Hashable {
    /// The size of the older tree.
    public var size1: UInt64
    /// The size of the newer tree.
    public var size2: UInt64
    /// The claimed root of the older tree.
    public var root1: [UInt8]
    /// The claimed root of the newer tree.
    public var root2: [UInt8]
    /// The proof hashes in RFC 9162 order.
    public var proof: [[UInt8]]

    /// A file with hashes exactly as read, lengths unchecked.
    public init(size1: UInt64, size2: UInt64, root1: [UInt8], root2: [UInt8], proof: [[UInt8]]) {
        self.size1 = size1
        self.size2 = size2
        self.root1 = root1
        self.root2 = root2
        self.proof = proof
    }

    /// The file for a proof the log produced.
    public init(size1: UInt64, size2: UInt64, root1: Hash, root2: Hash, proof: [Hash]) {
        self.init(size1: size1, size2: size2, root1: root1.bytes, root2: root2.bytes, proof: proof.map(\.bytes))
    }

    /// Verifies the proof strictly, see ``ProofVerification``.
    public func verify() throws(ProofVerificationError) {
        try ProofVerification.verifyConsistency(size1: size1, size2: size2, root1: root1, root2: root2, proof: proof)
    }

    private enum CodingKeys: String, CodingKey {
        case size1, size2, root1, root2, proof
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        size1 = try container.decode(UInt64.self, forKey: .size1)
        size2 = try container.decode(UInt64.self, forKey: .size2)
        root1 = try ProofFileCoding.bytes(in: container, forKey: .root1)
        root2 = try ProofFileCoding.bytes(in: container, forKey: .root2)
        proof = try ProofFileCoding.byteList(in: container, forKey: .proof)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(size1, forKey: .size1)
        try container.encode(size2, forKey: .size2)
        try container.encode(StrictBase64.encode(root1), forKey: .root1)
        try container.encode(StrictBase64.encode(root2), forKey: .root2)
        try container.encode(proof.map { StrictBase64.encode($0) }, forKey: .proof)
    }
}

/// Either kind of proof file, told apart by its keys, so one CLI command can
/// check whatever file it is given.
public enum ProofFile: Codable, Sendable, Hashable {
    case inclusion(InclusionProofFile)
    case consistency(ConsistencyProofFile)

    public enum Kind: Sendable, Hashable {
        case inclusion, consistency
    }

    public var kind: Kind {
        switch self {
        case .inclusion: .inclusion
        case .consistency: .consistency
        }
    }

    /// Decodes a proof file from JSON.
    public init(json: Data) throws(ProofFileError) {
        do {
            self = try JSONDecoder().decode(ProofFile.self, from: json)
        } catch let error as ProofFileError {
            throw error
        } catch let error as DecodingError {
            throw ProofFileError(error)
        } catch {
            throw .invalidJSON
        }
        var seen: Set<String> = []
        if let repeated = JSONObjectKeys.topLevel(of: json)?.first(where: { !seen.insert($0).inserted }) {
            throw .duplicateKey(repeated)
        }
    }

    /// Compact JSON without escaped slashes, which base64 is full of.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Verifies whichever proof this is.
    public func verify() throws(ProofVerificationError) {
        switch self {
        case .inclusion(let file): try file.verify()
        case .consistency(let file): try file.verify()
        }
    }

    /// Reads and verifies a proof file's bytes: the whole job of `verify
    /// inclusion` and `verify consistency`, with a verdict ready to print.
    /// With `expected`, a proof of the other kind is unreadable: `verify
    /// inclusion` must not report OK for a consistency proof.
    public static func check(_ json: Data, expecting expected: Kind? = nil) -> ProofFileVerdict {
        verified(json, expecting: expected).verdict
    }

    /// As ``check(_:expecting:)``, and the file when the verdict is OK.
    public static func verified(_ json: Data, expecting expected: Kind? = nil) -> (file: ProofFile?, verdict: ProofFileVerdict) {
        let file: ProofFile
        do {
            file = try ProofFile(json: json)
        } catch {
            return (nil, .unreadable(error))
        }
        if let expected, file.kind != expected { return (nil, .unreadable(.wrongKind(expected: expected))) }
        do {
            try file.verify()
            return (file, .ok)
        } catch {
            return (nil, .fail(error))
        }
    }

    /// Checks an inclusion proof file and then that its tree is the signed
    /// one of `anchor`: `verify inclusion --checkpoint`.
    public static func check(_ json: Data, tiedTo anchor: ProofAnchor) -> ProofFileVerdict {
        let (file, verdict) = verified(json, expecting: .inclusion)
        guard case .inclusion(let proof)? = file else { return verdict }
        do {
            try anchor.tie(proof)
            return .ok
        } catch {
            return .untied(error)
        }
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: ProofFileCoding.AnyKey.self).allKeys.map(\.stringValue)
        switch (keys.contains("leafIdx"), keys.contains("size1")) {
        case (true, false): self = .inclusion(try InclusionProofFile(from: decoder))
        case (false, true): self = .consistency(try ConsistencyProofFile(from: decoder))
        default: throw ProofFileError.unknownShape
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .inclusion(let file): try file.encode(to: encoder)
        case .consistency(let file): try file.encode(to: encoder)
        }
    }
}
