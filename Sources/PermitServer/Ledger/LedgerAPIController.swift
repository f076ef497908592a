import Foundation
import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// The ledger's JSON API: checkpoint, public key and proofs for everyone;
/// entry contents only for those who oversee every district.
enum LedgerAPIController {
    struct CheckpointDTO: Content {
        let origin: String
        let size: UInt64
        let root: String
        /// The C2SP signed note, to verify with the public key.
        let note: String
    }

    struct PublicKeyDTO: Content {
        let origin: String
        /// C2SP note verifier key: `<name>+<key id>+<base64 key>`.
        let verifierKey: String
    }

    struct EntryDTO: Content {
        let index: UInt64
        let leafHash: String
        let eventType: String
        let actor: String
        let subjectKind: String
        let subjectID: String
        let time: Date
        let fields: [String: String]
        let evidence: [String]
        /// The canonical bytes the leaf hash covers, base64, to re-hash.
        let entry: String

        init(_ stored: IndexedEntry) {
            index = stored.index
            leafHash = stored.leafHash.base64
            eventType = stored.entry.eventType
            actor = stored.entry.actor
            subjectKind = stored.entry.subjectKind
            subjectID = stored.entry.subjectID
            time = stored.entry.time
            fields = stored.entry.fields
            evidence = stored.entry.evidence.map(\.hex)
            entry = Data(stored.bytes).base64EncodedString()
        }
    }

    static let maxEntriesPerPage: UInt64 = 1000

    @Sendable static func checkpoint(req: Request) async throws -> CheckpointDTO {
        let note = try await req.store.ledger.checkpoint()
        let signed = try SignedCheckpoint(verifying: note, verifier: req.store.signer.verifierKey, origin: req.store.signer.origin)
        return CheckpointDTO(
            origin: signed.checkpoint.origin, size: signed.checkpoint.size, root: signed.checkpoint.root.base64, note: note
        )
    }

    @Sendable static func publicKey(req: Request) async throws -> PublicKeyDTO {
        PublicKeyDTO(origin: req.store.signer.origin, verifierKey: req.store.signer.verifierKey.description)
    }

    /// `?index=N` or `?leafHash=…`, optionally `&size=M` (default: the current size).
    @Sendable static func inclusion(req: Request) async throws -> Response {
        var query = QueryParameters(req)
        let index = query.number("index")
        let leafHash = query.hash("leafHash")
        let size = query.number("size")
        try query.check()
        let proof: InclusionProofFile
        if let leafHash {
            proof = try await req.store.ledger.inclusionProof(leafHash: leafHash, size: size)
        } else if let index {
            proof = try await req.store.ledger.inclusionProof(index: index, size: size)
        } else {
            throw InvalidInput([FieldIssue(field: "index", problem: .missing)])
        }
        return try proofResponse(.inclusion(proof))
    }

    /// `?size1=N[&size2=M]` (default `size2`: the current size).
    @Sendable static func consistency(req: Request) async throws -> Response {
        var query = QueryParameters(req)
        let size1 = query.requiredNumber("size1")
        let size2 = query.number("size2")
        try query.check()
        return try proofResponse(.consistency(try await req.store.ledger.consistencyProof(size1: size1, size2: size2)))
    }

    /// `?start=N&count=M` (at most 1000).
    @Sendable static func entries(req: Request) async throws -> [EntryDTO] {
        var query = QueryParameters(req)
        let start = query.number("start") ?? 0
        let count = UInt64(query.integer("count", in: 0...Int(maxEntriesPerPage), default: 100))
        try query.check()
        let (end, overflow) = start.addingReportingOverflow(count)
        return try await req.store.ledger.entries(start..<(overflow ? .max : end)).map(EntryDTO.init)
    }

    /// Proofs go out in exactly the file shape `permittrail verify` reads.
    private static func proofResponse(_ proof: ProofFile) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try proof.json()))
    }
}
