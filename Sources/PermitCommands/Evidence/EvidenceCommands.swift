import Foundation
import PermitCore
import PermitStore

/// 全过程记录 — recording evidence: a finished upload becomes a record of a
/// node, and every look at an original is logged (REC-9).
public enum EvidenceCommands {
    /// What the client sends to record an upload.
    public struct Input: Sendable {
        /// The upload's id, or its URL as tus returned it.
        public var upload: String
        public var kind: String
        public var label: String
        public var supersedes: String?
        /// For a photo: what it shows (`PhotoSubject`), and for a nameplate
        /// or metrology label, which device.
        public var subject: String?
        public var device: String?

        public init(upload: String, kind: String, label: String, supersedes: String? = nil, subject: String? = nil, device: String? = nil) {
            self.upload = upload
            self.subject = subject
            self.device = device
            self.kind = kind
            self.label = label
            self.supersedes = supersedes
        }
    }

    /// Records a finished upload of the caller's as a photo, video or scan of
    /// a node. What the file is comes from its content; a file that is not
    /// what the record says is refused, one that breaks a rule (a photo
    /// under 5 megapixels) is kept with the problem named.
    public static func record(_ input: Input, to node: String, of number: String, in context: CommandContext) async throws -> CaseRecord {
        let user = try context.requireUser()
        guard let form = RecordForm(rawValue: input.kind), form != .text else {
            throw InvalidInput([FieldIssue(field: "kind", problem: .unknownValue(input.kind))])
        }
        let uploadID = input.upload.split(separator: "/").last.map(String.init) ?? ""
        guard let upload = try context.store.evidence.uploads.info(uploadID), upload.owner == user.username.rawValue else {
            throw InvalidInput([FieldIssue(field: "upload", problem: .unknownValue(input.upload))])
        }
        guard let blob = upload.blob else { throw EvidenceRefusal.uploadUnfinished(received: upload.offset, length: upload.length) }
        var inspected = try context.store.evidence.inspect(blob, fileName: upload.metadata["filename"])
        (inspected.subject, inspected.device) = try photoTag(input, form: form)
        let evidence = inspected
        guard let type = MediaType(rawValue: inspected.mediaType), type.fits(form) else {
            throw EvidenceRefusal.wrongContent(form: form, mediaType: inspected.mediaType)
        }
        let superseded = try input.supersedes.map { text in
            guard let id = CaseRecordID(text) else { throw InvalidInput([FieldIssue(field: "supersedes", problem: .invalidFormat)]) }
            return id
        }
        let label = input.label.trimmingWhitespace()
        let recordID = context.ids.next(CaseRecordID.self)
        let key = try CaseCommands.nodeKey(node)
        let updated = try await CaseCommands.apply(to: number, in: context) { now, actor in
            var record = CaseRecord(
                id: recordID, node: key, form: form, label: label, sha256: blob.sha256, supersedes: superseded,
                recordedAt: now, recordedBy: actor, evidence: evidence
            )
            let found = EvidenceReview.problems(of: record).map(\.code)
            record.evidence?.problems += found
            return .addRecord(record)
        }
        guard let record = updated.records.first(where: { $0.id == recordID }) else { throw CommandError.notFound }
        return record
    }

    /// A photo's tag, checked: a known subject, and a device named where
    /// the subject is one (a nameplate, a metrology label).
    private static func photoTag(_ input: Input, form: RecordForm) throws -> (String?, String?) {
        let device = input.device?.trimmingWhitespace()
        guard form == .photo, let text = input.subject, !text.isEmpty else { return (nil, device?.isEmpty == false ? device : nil) }
        guard let subject = PhotoSubject(rawValue: text) else {
            throw InvalidInput([FieldIssue(field: "subject", problem: .unknownValue(text))])
        }
        guard !subject.isOfDevice || device?.isEmpty == false else { throw InvalidInput([FieldIssue(field: "device", problem: .missing)]) }
        return (subject.rawValue, subject.isOfDevice ? device : nil)
    }

    /// A record with the case it belongs to, for those who may read the
    /// case's records; the look is written to the ledger first.
    public static func open(_ id: String, as kind: RecordAccessKind, in context: CommandContext) async throws -> (CaseRecord, Case) {
        let user = try context.requireUser()
        guard let recordID = CaseRecordID(id), let number = try await context.store.cases.caseNumber(ofRecord: recordID),
              let found = try await context.store.cases.find(number), let record = found.records.first(where: { $0.id == recordID })
        else { throw CommandError.notFound }
        let access = CaseAccess.of(user, on: found)
        guard access > .none else { throw CommandError.notFound }
        // Following a case shows its progress, not its records (REC-9).
        guard access >= .read else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        let (logID, now, actor) = (context.ids.next(RecordAccessTag.ID.self).rawValue, context.now, context.actor.reference)
        try await context.store.write { transaction in
            try await transaction.logAccess(id: logID, to: recordID, of: number, kind: kind, by: actor, at: now)
        }
        return (record, found)
    }
}

extension EvidenceCommands {
    /// The review agency approves an audio-visual record of its case, or
    /// returns it with the reason (REC-10). A returned record is corrected
    /// by a new record naming it; both stay.
    public static func review(
        _ id: String, decision: String, reason: String?, in context: CommandContext
    ) async throws -> RecordReview {
        let user = try context.requireUser()
        guard let recordID = CaseRecordID(id), let number = try await context.store.cases.caseNumber(ofRecord: recordID) else {
            throw CommandError.notFound
        }
        let (reviewID, now, actor) = (context.ids.next(RecordReviewTag.ID.self).rawValue, context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let found = try await transaction.case(number), let record = found.records.first(where: { $0.id == recordID }) else {
                throw CommandError.notFound
            }
            guard CaseAccess.of(user, on: found) > .none else { throw CommandError.notFound }
            guard RecordReview.mayReview(user, on: found) else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            // Who may review is settled before what they sent is read, so an
            // outsider learns nothing from the answer.
            guard let decision = RecordReview.Decision(rawValue: decision) else {
                throw InvalidInput([FieldIssue(field: "decision", problem: .unknownValue(decision))])
            }
            let reason = reason?.trimmingWhitespace()
            if decision == .returned, reason?.isEmpty ?? true { throw InvalidInput([FieldIssue(field: "reason", problem: .missing)]) }
            guard record.form.isAudioVisual else { throw EvidenceRefusal.notAudioVisual }
            guard record.recordedBy != actor else { throw EvidenceRefusal.ownRecord }
            let review = RecordReview(
                record: recordID, decision: decision, reason: reason?.isEmpty == false ? reason : nil, reviewer: actor, reviewedAt: now
            )
            try await transaction.review(review, id: reviewID, of: number)
            return review
        }
    }
}

public enum RecordReviewTag {
    public typealias ID = Identifier<RecordReviewTag>
}

/// Access-log entries draw their ids like everything else.
public enum RecordAccessTag {
    public typealias ID = Identifier<RecordAccessTag>
}

/// Why an upload cannot become a record.
public enum EvidenceRefusal: Error, Equatable, Sendable {
    case uploadUnfinished(received: Int, length: Int)
    case wrongContent(form: RecordForm, mediaType: String)
    /// Only photos and videos go to the review agency (REC-10).
    case notAudioVisual
    /// A reviewer checks what others recorded, not their own (REC-10).
    case ownRecord
    /// Only an on-site review has a check to state.
    case noOnSiteCheck
    /// Statements are ticked in the videos of the on-site check's steps.
    case noStatements
    /// REC-4: the node's photo checklist is not met.
    case photosMissing(node: NodeKey, [PhotoShortfall])

    /// Refuses to complete a node whose checklist still wants photos,
    /// unless a written statement replaced its recording (REC-8).
    static func checkPhotos(at node: NodeKey, in subject: Case, evidence: CaseEvidence) throws {
        guard subject.node(node)?.exemption == nil else { return }
        let shortfalls = EvidenceReview.problems(at: node, in: subject, evidence: evidence).compactMap { problem -> PhotoShortfall? in
            if case .photoMissing(let shortfall) = problem { return shortfall }
            return nil
        }
        if !shortfalls.isEmpty { throw photosMissing(node: node, shortfalls) }
    }
}
