import Foundation
import PermitCore
import PermitStore

/// 一企一档 (ARC-4, 第三十六条): everything about one enterprise's licensing
/// and supervision, each item with the case it was handled in.
public struct OversightArchive: Sendable {
    public var enterprise: Enterprise
    /// The licence applications; the business licence copy is attached to them.
    public var applications: [LicenseApplication]
    /// The certificate held (一企一证).
    public var certificates: [Certificate]
    public var classifications: [ClassificationRecord]
    public var inspections: [Case]
    public var samplings: [Sampling]
    public var orders: [RectificationOrder]
    public var interviews: [Case]
}

public enum OversightQueries {
    /// The archive of an enterprise, for whoever may see the enterprise
    /// (its registered and production districts, the city, auditors).
    public static func archive(of creditCode: UnifiedSocialCreditCode, in context: CommandContext) async throws -> OversightArchive {
        let store = context.store
        guard let enterprise = try await store.enterprises.enterprise(creditCode: creditCode) else { throw CommandError.notFound }
        try context.require(.viewEnterprises, onAnyOf: enterprise.districts)
        let inspections = InspectionKind.allCases.map(\.process.id)
        let cases = try await store.oversight.cases(of: creditCode, processes: inspections + [ProcessDefinition.supervisionInterview.id])
        return OversightArchive(
            enterprise: enterprise, applications: try await store.licensing.applications(of: creditCode),
            certificates: try await store.licensing.certificate(heldBy: creditCode).map { [$0] } ?? [],
            classifications: try await store.supervision.classifications(of: creditCode),
            inspections: cases.filter { inspections.contains($0.process) }, samplings: try await store.oversight.samplings(of: creditCode),
            orders: try await store.oversight.orders(of: creditCode),
            interviews: cases.filter { $0.process == ProcessDefinition.supervisionInterview.id }
        )
    }

    /// The samplings of `year`: of `district` when given (its officers, the
    /// city), else of the caller's own district, or all for the city bureau.
    public static func samplings(year: Int, district: String?, in context: CommandContext) async throws -> [Sampling] {
        let user = try context.requireUser()
        guard (2000...2100).contains(year) else { throw InvalidInput([FieldIssue(field: "year", problem: .outOfRange(minimum: 2000, maximum: 2100))]) }
        let text = district?.trimmingWhitespace() ?? ""
        var scope: DistrictCode?
        if !text.isEmpty {
            guard let code = DistrictCode(rawValue: text) else { throw InvalidInput([FieldIssue(field: "district", problem: .invalidFormat)]) }
            scope = code
        } else if case .ownDistrict(let own) = AccessPolicy.reach(of: user) {
            scope = own
        }
        if let scope { try context.require(.viewEnterprises, on: .district(scope)) } else { try context.require(.viewEnterprises) }
        if scope == nil, AccessPolicy.reach(of: user) != .everyDistrict { throw CommandError.denied(.roleNotPermitted(user.role)) }
        return try await context.store.oversight.samplings(in: year, district: scope)
    }
}
