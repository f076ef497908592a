import Foundation
import PermitCore
import PermitStore

/// 分类监管 (SUP-1, SUP-3, SUP-4, SUP-7): the production district classifies
/// its licensed enterprises, keeps the history, and plans the year's
/// periodic inspections from classes and modes.
public enum SupervisionCommands {
    /// Classifies an enterprise, or one of its product categories: an
    /// officer of its production district, or of the city bureau (第十五条).
    /// `commitment` is, for AA, the caller's finished upload (its id or tus
    /// URL) of the enterprise's signed 承诺书; the record keeps its digest.
    public static func classify(
        creditCode: String, category: String?, supervisionClass: String, reason: String, evidence: String, commitment: String?,
        in context: CommandContext
    ) async throws -> ClassificationRecord {
        // The operator (the demo seed) classifies for any district; anyone
        // else must be signed in.
        let user = context.actor.user
        if user == nil { try context.require(.openCases) }
        let code = try parseCode(creditCode)
        let commitmentDigest = SupervisionClass(input: supervisionClass) == .aa ? try commitmentScan(commitment, in: context) : nil
        var issues: [FieldIssue] = []
        let level = SupervisionClass(input: supervisionClass)
        if level == nil { issues.append(FieldIssue(field: "class", problem: supervisionClass.isEmpty ? .missing : .unknownValue(supervisionClass))) }
        let trimmedCategory = category?.trimmingWhitespaceAndNewlines() ?? ""
        let categoryCode = ProductCategoryCode(rawValue: trimmedCategory)
        if !trimmedCategory.isEmpty, categoryCode == nil { issues.append(FieldIssue(field: "category", problem: .invalidFormat)) }
        guard let level, issues.isEmpty else { throw InvalidInput(issues) }
        let request = ClassificationRequest(
            category: categoryCode, supervisionClass: level, reason: reason, evidence: evidence, commitment: commitmentDigest
        )
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(ClassificationRecordID.self))
        let today = CivilDate(now)
        return try await context.store.write { transaction in
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw InvalidInput.unregistered(code) }
            let district = user.map { supervisingDistrict(of: enterprise, for: $0) } ?? operatorDistrict(of: enterprise)
            if let user { try context.requireBureauOfficer(user, for: district) }
            let certificates = try await transaction.certificates(heldBy: code)
            guard isLicensed(enterprise, certificates: certificates, from: today, through: today) else { throw ClassificationRefusal.notLicensed }
            let history = try await transaction.classifications(of: code)
            let facts = try await transaction.qualityFacts(of: code)
            let record = try Classification.classify(
                request, id: id, creditCode: code, history: history, facts: facts, district: district, by: actor, on: today
            )
            try await transaction.record(record, by: actor, at: now)
            return record
        }
    }

    /// Every decision about one enterprise, oldest first: for whoever may
    /// see the enterprise (both its districts, SUP-11).
    public static func history(of creditCode: String, in context: CommandContext) async throws -> [ClassificationRecord] {
        let code = try parseCode(creditCode)
        guard let enterprise = try await context.store.enterprises.enterprise(creditCode: code) else { throw CommandError.notFound }
        try context.require(.viewEnterprises, onAnyOf: enterprise.districts)
        return try await context.store.supervision.classifications(of: code)
    }

    /// The year's periodic inspection plan of a district (第二十三条): every
    /// enterprise licensed during the year that produces there. `source` is
    /// the named draw source (see `SupervisionPlanning.key`).
    public static func plan(year: Int, district: String, source: String? = nil, in context: CommandContext) async throws -> SupervisionPlan {
        var issues: [FieldIssue] = []
        if !(2000...2100).contains(year) { issues.append(FieldIssue(field: "year", problem: .outOfRange(minimum: 2000, maximum: 2100))) }
        let districtCode = DistrictCode(rawValue: district.trimmingWhitespaceAndNewlines())
        if districtCode == nil { issues.append(FieldIssue(field: "district", problem: district.isEmpty ? .missing : .invalidFormat)) }
        guard let districtCode, issues.isEmpty else { throw InvalidInput(issues) }
        try context.require(.viewEnterprises, on: .district(districtCode))
        let candidates = try await candidates(year: year, district: districtCode, store: context.store)
        return try SupervisionPlanning.plan(year: year, district: districtCode, candidates: candidates, source: source ?? SupervisionPlanning.defaultSource)
    }

    /// The licensed enterprises a district supervises in `year`, with their
    /// class in force and the highest risk level of their products.
    static func candidates(year: Int, district: DistrictCode, store: Store) async throws -> [PlanCandidate] {
        let (first, last) = (try CivilDate(year: year, month: 1, day: 1), try CivilDate(year: year, month: 12, day: 31))
        let licensed = try await SupervisionDirectory.licensed(in: district, from: first, through: last, store: store)
        let history = try await store.supervision.classifications(of: Set(licensed.map(\.enterprise.creditCode)))
        return licensed.map { held in
            PlanCandidate(
                creditCode: held.enterprise.creditCode, name: held.enterprise.name,
                supervisionClass: Classification.supervisingClass(history[held.enterprise.creditCode] ?? []), productRisk: held.productRisk,
                enterprise: held.enterprise.id
            )
        }
    }

    /// Licensed at some time between `first` and `last`: a certificate in
    /// force (granted here) or a licence holding the registry records.
    static func isLicensed(_ enterprise: Enterprise, certificates: [Certificate], from first: CivilDate, through last: CivilDate) -> Bool {
        if certificates.contains(where: { $0.status == .valid && $0.issuedOn <= last && $0.validUntil >= first }) { return true }
        return enterprise.licenses.contains { $0.issuedOn <= last && $0.validUntil >= first }
    }

    /// The district that classifies: the officer's own when it is one of the
    /// production districts, else the first production district (an
    /// enterprise without a recorded site falls back to where it is
    /// registered). `requireBureauOfficer` then refuses anyone else.
    static func supervisingDistrict(of enterprise: Enterprise, for user: User) -> DistrictCode {
        let supervising = enterprise.supervisingDistricts
        if let own = user.district, supervising.contains(own) { return own }
        return supervising.sorted().first ?? enterprise.registeredDistrict
    }

    /// The district the operator acts for: the first production district.
    static func operatorDistrict(of enterprise: Enterprise) -> DistrictCode {
        enterprise.supervisingDistricts.sorted().first ?? enterprise.registeredDistrict
    }

    static func parseCode(_ text: String) throws -> UnifiedSocialCreditCode {
        guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text)) else {
            throw InvalidInput([FieldIssue(field: "creditCode", problem: text.isEmpty ? .missing : .invalidFormat)])
        }
        return code
    }
}
