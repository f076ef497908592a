import Foundation
import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// The ledger's two pages: a public one with what anyone needs to verify
/// (checkpoint, public key), and one for officials and auditors with the
/// entries themselves and, for one subject, each entry's inclusion proof.
enum LedgerPages {
    struct Head: Encodable, Sendable {
        let origin: String
        let size: UInt64
        let root: String
        let note: String
        let verifierKey: String
    }

    struct EntryRow: Encodable, Sendable {
        let index: UInt64
        let time: String
        /// "由 王建国（市局）登记企业“…”"
        let description: String
        /// What changed since the subject's entry before, field by field.
        let changes: [String]
        let eventType: String
        let actor: String
        let subject: String
        let leafHash: String
        let fields: String
        /// The inclusion proof file as JSON, for the subject view only.
        let proof: String?
    }

    struct PublicContent: Encodable, Sendable {
        let head: Head
    }

    struct OfficialContent: Encodable, Sendable {
        let head: Head
        let recent: [EntryRow]
        let subjectKind: String
        let subjectID: String
        let subjectTitle: String?
        let subjectEntries: [EntryRow]
    }

    static let recentCount = 50

    @Sendable static func showPublic(req: Request) async throws -> Response {
        try await Page(title: .ledgerPublicTitle, content: PublicContent(head: try await head(req)), request: req)
            .render(on: req, template: "ledger-public")
    }

    /// `?kind=user&id=…` adds that subject's entries with their proofs.
    @Sendable static func showOfficial(req: Request) async throws -> Response {
        let head = try await head(req)
        let wording = try await LedgerWording(req)
        let recent = try await req.store.ledger.recentEntries(limit: recentCount).map { row($0, wording: wording) }
        let kind = (req.query[String.self, at: "kind"] ?? "").trimmingCharacters(in: .whitespaces)
        let id = (req.query[String.self, at: "id"] ?? "").trimmingCharacters(in: .whitespaces)
        var subjectRows: [EntryRow] = []
        var subjectTitle: String?
        if !kind.isEmpty, !id.isEmpty {
            subjectTitle = Phrase.ledgerSubjectEntries(kind: kind, id: id).text(req.language)
            subjectRows = try await history(try await req.store.ledger.entries(about: .init(kind: kind, id: id)), wording: wording) { entry in
                let proof = try await req.store.ledger.inclusionProof(index: entry.index, size: head.size)
                return String(decoding: try ProofFile.inclusion(proof).json(), as: UTF8.self)
            }
        }
        let content = OfficialContent(
            head: head, recent: recent, subjectKind: kind, subjectID: id, subjectTitle: subjectTitle, subjectEntries: subjectRows
        )
        return try await Page(title: .ledgerTitle, content: content, request: req).render(on: req, template: "ledger")
    }

    private static func head(_ req: Request) async throws -> Head {
        let note = try await req.store.ledger.checkpoint()
        let signer = req.store.signer
        let checkpoint = try SignedCheckpoint(verifying: note, verifier: signer.verifierKey, origin: signer.origin).checkpoint
        return Head(
            origin: checkpoint.origin, size: checkpoint.size, root: checkpoint.root.base64, note: note,
            verifierKey: signer.verifierKey.description
        )
    }

    /// A subject's entries in order, each with what changed since the one
    /// before it (the first: everything it set), and its proof if asked for.
    static func history(
        _ entries: [IndexedEntry], wording: LedgerWording, proof: (IndexedEntry) async throws -> String? = { _ in nil }
    ) async throws -> [EntryRow] {
        var rows: [EntryRow] = []
        var previous: [String: String]?
        for entry in entries {
            let changes = EventWording.changes(from: previous, to: entry.entry.fields, wording.language)
            rows.append(row(entry, wording: wording, changes: changes, proof: try await proof(entry)))
            previous = entry.entry.fields
        }
        return rows
    }

    /// An entry as a page shows it.
    static func row(_ stored: IndexedEntry, wording: LedgerWording, changes: [String] = [], proof: String? = nil) -> EntryRow {
        let entry = stored.entry
        return EntryRow(
            index: stored.index, time: ShanghaiTime.format(entry.time), description: wording.sentence(entry), changes: changes,
            eventType: entry.eventType, actor: entry.actor,
            subject: "\(entry.subjectKind) \(entry.subjectID)", leafHash: stored.leafHash.base64,
            fields: entry.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
            proof: proof
        )
    }
}

/// Times are stored in UTC and shown as the bureau reads them.
enum ShanghaiTime {
    static func format(_ date: Date) -> String {
        date.formatted(
            Date.VerbatimFormatStyle(
                format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)",
                timeZone: TimeZone(identifier: "Asia/Shanghai")!, calendar: Calendar(identifier: .gregorian)
            )
        )
    }
}
