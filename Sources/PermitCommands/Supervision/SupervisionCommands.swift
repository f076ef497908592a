import Foundation
import PermitCore
import PermitStore

/// 分类监管 (SUP-1, SUP-3, SUP-4, SUP-7): the production district classifies
/// its licensed enterprises, keeps the history, and plans the year's
/// periodic inspections from classes and modes.
public enum SupervisionCommands {
    /// Classifies an enterprise, or one of its product categories: an
    /// officer of its production district, or of the city bureau (第十五条).
    public static func classify(
        creditCode: String, category: String?, supervisionClass: String, reason: String, evidence: String, commitment: String?,
        in context: CommandContext
    ) async throws -> ClassificationRecord {
        let user = try context.requireUser()
        let code = try parseCode(creditCode)
        var issues: [FieldIssue] = []
        let level = SupervisionClass(input: supervisionClass)
        if level == nil { issues.append(FieldIssue(field: "class", problem: supervisionClass.isEmpty ? .missing : .unknownValue(supervisionClass))) }
        let trimmedCategory = category?.trimmingWhitespaceAndNewlines() ?? ""
        let categoryCode = ProductCategoryCode(rawValue: trimmedCategory)
        if !trimmedCategory.isEmpty, categoryCode == nil { issues.append(FieldIssue(field: "category", problem: .invalidFormat)) }
        guard let level, issues.isEmpty else { throw InvalidInput(issues) }
        let request = ClassificationRequest(category: categoryCode, supervisionClass: level, reason: reason, evidence: evidence, commitment: commitment)
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(ClassificationRecordID.self))
        let today = CivilDate(now)
        return try await context.store.write { transaction in
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw InvalidInput.unregistered(code) }
            let district = supervisingDistrict(of: enterprise, for: user)
            try context.requireBureauOfficer(user, for: district)
            let certificates = try await transaction.certificates(heldBy: code)
            guard isLicensed(enterprise, certificates: certificates, from: today, through: today) else { throw ClassificationRefusal.notLicensed }
            let history = try await transaction.classifications(of: code)
            let record = try Classification.classify(request, id: id, creditCode: code, history: history, district: district, by: actor, on: today)
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
        let catalogue = try await store.catalogue.catalogue()
        var licensed: [(Enterprise, ProductRiskLevel?)] = []
        for enterprise in try await store.enterprises.all(in: district) where enterprise.supervisingDistricts.contains(district) {
            let certificate = try await store.licensing.certificate(heldBy: enterprise.creditCode)
            guard isLicensed(enterprise, certificates: certificate.map { [$0] } ?? [], from: first, through: last) else { continue }
            let levels = Set(certificate?.products.compactMap { catalogue.unit($0.unit)?.riskLevel } ?? [])
            licensed.append((enterprise, [ProductRiskLevel.high, .higher, .general].first { levels.contains($0) }))
        }
        let history = try await store.supervision.classifications(of: Set(licensed.map(\.0.creditCode)))
        return licensed.map { enterprise, risk in
            PlanCandidate(
                creditCode: enterprise.creditCode, name: enterprise.name,
                supervisionClass: Classification.supervisingClass(history[enterprise.creditCode] ?? []), productRisk: risk
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

    static func parseCode(_ text: String) throws -> UnifiedSocialCreditCode {
        guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text)) else {
            throw InvalidInput([FieldIssue(field: "creditCode", problem: text.isEmpty ? .missing : .invalidFormat)])
        }
        return code
    }
}
