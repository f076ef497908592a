import Foundation
import PermitCommands
import PermitCore
import Vapor

enum InspectionPlansAPIController {
    struct PlanInput: Content {
        let title: String?
        let year: Int?
        let districts: [String]?
        let categories: [String]?
        let checksEndOn: String?
        /// Tier → percent; tiers left out keep seed 002's default.
        let ratios: [String: Int]?
    }

    struct FreezeInput: Content {
        /// The random sources' names, in key order.
        let sources: [String]?
    }

    struct SourceInput: Content {
        let value: String?
    }

    struct RiskTierInput: Content {
        let tier: String?
    }

    @Sendable static func list(req: Request) async throws -> [API.InspectionPlanDTO] {
        try await InspectionPlanCommands.plans(in: req.commandContext).map { API.InspectionPlanDTO($0, summary: true) }
    }

    @Sendable static func show(req: Request) async throws -> API.InspectionPlanDTO {
        API.InspectionPlanDTO(try await InspectionPlanCommands.plan(req.parameters.get("plan") ?? "", in: req.commandContext))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(PlanInput.self)
        let plan = try await InspectionPlanCommands.create(InspectionPlanDraft(
            title: body.title ?? "", year: body.year, districts: body.districts ?? [], categories: body.categories ?? [],
            checksEndOn: body.checksEndOn ?? "", ratios: body.ratios ?? [:]
        ), in: req.commandContext)
        return try await API.InspectionPlanDTO(plan).encodeResponse(status: .created, for: req)
    }

    @Sendable static func freeze(req: Request) async throws -> API.InspectionPlanDTO {
        let body = try req.decodeJSON(FreezeInput.self)
        return API.InspectionPlanDTO(try await InspectionPlanCommands.freeze(req.parameters.get("plan") ?? "", sourceNames: body.sources ?? [], in: req.commandContext))
    }

    @Sendable static func enterSource(req: Request) async throws -> API.InspectionPlanDTO {
        let body = try req.decodeJSON(SourceInput.self)
        guard let index = req.parameters.get("index").flatMap(Int.init) else { throw CommandError.notFound }
        return API.InspectionPlanDTO(try await InspectionPlanCommands.enterSource(
            req.parameters.get("plan") ?? "", index: index, value: body.value ?? "", in: req.commandContext
        ))
    }

    @Sendable static func setRiskTier(req: Request) async throws -> API.RiskTierDTO {
        let body = try req.decodeJSON(RiskTierInput.self)
        let enterprise = try await InspectionPlanCommands.setRiskTier(
            creditCode: req.parameters.get("enterprise") ?? "", tier: body.tier ?? "", in: req.commandContext
        )
        return API.RiskTierDTO(creditCode: enterprise.creditCode.rawValue, tier: RiskTier.of(enterprise).rawValue, rated: enterprise.riskTier != nil)
    }
}

extension API {
    struct InspectionPlanDTO: Content {
        struct Tier: Content {
            let tier: String
            let percent: Int
            /// Set once frozen: the tier's pool size and ⌈ratio × size⌉.
            let poolSize: Int?
            let count: Int?
            /// Once drawn: credit codes in selection order.
            let selected: [String]?
        }

        struct Source: Content {
            let index: Int
            let name: String
            let value: String?
        }

        struct Match: Content {
            let enterprise: String
            let district: String
            let inspectors: [String]
        }

        let identifier: String
        let year: Int
        let title: String
        let state: String
        let districts: [String]
        let categories: [String]
        let checksEndOn: String
        let inspectorsPerEnterprise: Int
        let tiers: [Tier]
        let frozenOn: String?
        /// SHA-256 of `pools.json`, as the ledger entry of the freezing records it.
        let poolsHash: String?
        let sources: [Source]?
        let keyString: String?
        let matching: [Match]?
        let page: String
        let drawFile: String?
        let poolsFile: String?

        /// `summary` leaves out the matching, for lists.
        init(_ plan: InspectionPlan, summary: Bool = false) {
            identifier = plan.identifier
            year = plan.year
            title = plan.title
            state = plan.state.rawValue
            districts = plan.districts.map(\.rawValue)
            categories = plan.categories.map(\.rawValue)
            checksEndOn = plan.checksEndOn.description
            inspectorsPerEnterprise = plan.inspectorsPerEnterprise
            tiers = RiskTier.allCases.map { tier in
                let pool = plan.frozen?.pools.tiers.first { $0.tier == tier }
                return Tier(
                    tier: tier.rawValue, percent: plan.ratio(of: tier), poolSize: pool?.enterprises.count, count: pool?.sampleSize,
                    selected: plan.draw?.tiers.first { $0.tier == tier }?.selected
                )
            }
            frozenOn = plan.frozen?.on.description
            poolsHash = plan.frozen?.poolsHash
            sources = plan.frozen.map { frozen in
                zip(frozen.sourceNames, frozen.sourceValues).enumerated().map { Source(index: $0.offset + 1, name: $0.element.0, value: $0.element.1) }
            }
            keyString = plan.draw?.keyString
            matching = summary ? nil : plan.draw?.matching.map { Match(enterprise: $0.enterprise, district: $0.district, inspectors: $0.inspectors) }
            page = InspectionURL.plan(.value(plan.identifier)).path
            drawFile = plan.draw == nil ? nil : InspectionURL.drawFile(.value(plan.identifier)).path
            poolsFile = plan.frozen == nil ? nil : InspectionURL.poolsFile(.value(plan.identifier)).path
        }
    }

    struct RiskTierDTO: Content {
        let creditCode: String
        let tier: String
        /// False when the tier is the default of an enterprise not yet rated.
        let rated: Bool
    }
}
