import Foundation
import PermitCore
import PermitStore

/// The names a plan's public page shows beside the codes the draw publishes:
/// districts, inspectors (by certificate number) and the drawn enterprises.
/// Names are looked up now, for reading; the draw itself stands on the codes.
public struct PlanDirectory: Sendable {
    public var districts: [String: String]
    public var inspectors: [String: String]
    public var enterprises: [String: String]

    public func district(_ code: String) -> String { districts[code].map { "\($0)（\(code)）" } ?? code }
}

extension InspectionPlanCommands {
    public static func directory(for plan: InspectionPlan, in context: CommandContext) async throws -> PlanDirectory {
        let districts = Dictionary(try await context.store.accounts.districts().map { ($0.code.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        var inspectors: [String: String] = [:]
        for district in plan.districts {
            for inspector in try await context.store.inspectors.inspectors(in: district) { inspectors[inspector.certificateNumber.rawValue] = inspector.name }
        }
        var enterprises: [String: String] = [:]
        for code in Set((plan.draw?.tiers ?? []).flatMap(\.selected)) {
            guard let credit = try? UnifiedSocialCreditCode(validating: code) else { continue }
            enterprises[code] = try await context.store.enterprises.enterprise(creditCode: credit)?.name
        }
        return PlanDirectory(districts: districts, inspectors: inspectors, enterprises: enterprises)
    }
}

extension InspectionPlanCommands {
    /// The stored draw file, byte for byte as published; nil before the draw.
    public static func drawFile(_ identifier: String, in context: CommandContext) async throws -> String? {
        try await context.store.inspection.drawText(identifier: identifier)
    }

    /// The frozen pools exactly as hashed at freezing; nil before freezing.
    public static func poolsFile(_ identifier: String, in context: CommandContext) async throws -> String? {
        try await context.store.inspection.poolsText(identifier: identifier)
    }
}
