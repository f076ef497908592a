import Foundation
import PermitCore
import PermitStore

/// 质量信息 (SUP-2, SUP-6): the facts classification reads, recorded by the
/// officers of the supervising district or the city bureau, or by another
/// capability whose case finds one (a failed sampling, a refusal).
public enum QualityFactCommands {
    /// Records one fact about the enterprise with `creditCode`; the
    /// proposals on its classification page follow from it. Call this from
    /// code that is not itself inside a write; code inside its own
    /// `store.write` calls `fact(_:about:in:)` (or `finding(_:about:in:)`)
    /// and then `transaction.record(_:by:at:)` instead.
    @discardableResult
    public static func record(_ draft: QualityFactDraft, about creditCode: String, in context: CommandContext) async throws -> QualityFact {
        let code = try SupervisionCommands.parseCode(creditCode)
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw InvalidInput.unregistered(code) }
            let fact = try fact(draft, about: enterprise, in: context)
            try await transaction.record(fact, by: actor, at: now)
            return fact
        }
    }

    /// The checked fact, for the supervising district's officers or the
    /// city bureau (the system actor too); nothing is written.
    public static func fact(_ draft: QualityFactDraft, about enterprise: Enterprise, in context: CommandContext) throws -> QualityFact {
        let district: DistrictCode
        if let user = context.actor.user {
            district = SupervisionCommands.supervisingDistrict(of: enterprise, for: user)
            try context.requireBureauOfficer(user, for: district)
        } else {
            try context.require(.openCases)
            district = SupervisionCommands.operatorDistrict(of: enterprise)
        }
        return try validated(draft, about: enterprise, district: district, in: context)
    }

    /// The checked fact without asking who records it, for a capability
    /// whose own command has already decided its actor may write what
    /// implies the fact (a lab's failed report in a sampling case); the
    /// fact is the production district's.
    public static func finding(_ draft: QualityFactDraft, about enterprise: Enterprise, in context: CommandContext) throws -> QualityFact {
        try validated(draft, about: enterprise, district: SupervisionCommands.operatorDistrict(of: enterprise), in: context)
    }

    private static func validated(
        _ draft: QualityFactDraft, about enterprise: Enterprise, district: DistrictCode, in context: CommandContext
    ) throws -> QualityFact {
        try draft.validate(
            id: context.ids.next(QualityFactID.self), creditCode: enterprise.creditCode, district: district, by: context.actor.reference,
            on: CivilDate(context.now)
        )
    }
}

extension SupervisionCommands {
    /// The SHA-256 of the caller's finished upload (the operator's own are
    /// owned by its ledger name) of a signed 承诺书 (PDF or
    /// a photo of it), named by its id or tus URL; nil when none is given,
    /// which the AA rule then refuses.
    static func commitmentScan(_ reference: String?, in context: CommandContext) throws -> String? {
        let text = reference?.trimmingWhitespaceAndNewlines() ?? ""
        guard !text.isEmpty else { return nil }
        let id = text.split(separator: "/").last.map(String.init) ?? ""
        let owner = context.actor.user?.username.rawValue ?? context.actor.reference.rawValue
        guard let info = try context.store.evidence.uploads.info(id), info.owner == owner else {
            throw InvalidInput([FieldIssue(field: "commitment", problem: .unknownValue(text))])
        }
        guard let blob = info.blob else { throw EvidenceRefusal.uploadUnfinished(received: info.offset, length: info.length) }
        let inspected = try context.store.evidence.inspect(blob, fileName: info.metadata["filename"])
        guard ApplicationAttachment.acceptedMediaTypes.contains(inspected.mediaType) else {
            throw InvalidInput([FieldIssue(field: "commitment", problem: .unknownValue(inspected.mediaType))])
        }
        return blob.sha256
    }
}
