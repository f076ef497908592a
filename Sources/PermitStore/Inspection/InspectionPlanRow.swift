import Fluent
import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One 双随机一公开 plan with everything it fixed: the frozen pools as the
/// canonical JSON that was hashed, the named sources and their values, and
/// the published draw file. Each step rewrites the row; the ledger keeps
/// every state, with the pools' and the draw's hashes in place of their text.
final class InspectionPlanRow: Model, @unchecked Sendable {
    static let schema = "inspection_plans"

    // managed fields
    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // data fields
    @Field(key: "identifier") var identifier: String
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    /// District codes, comma-separated, ascending.
    @Field(key: "districts") var districts: String
    /// Category codes, comma-separated, ascending; empty for every category.
    @Field(key: "categories") var categories: String
    @Field(key: "checks_end_on") var checksEndOn: String
    /// `low=10,medium=20,…` in tier order.
    @Field(key: "ratios") var ratios: String
    @Field(key: "inspectors_per_enterprise") var inspectorsPerEnterprise: Int
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_on") var createdOn: String
    @OptionalField(key: "frozen_on") var frozenOn: String?
    /// `FrozenPools.canonicalJSON()`, exactly the bytes hashed.
    @OptionalField(key: "pools") var pools: String?
    @OptionalField(key: "pools_hash") var poolsHash: String?
    /// JSON arrays: the names, and the values (null until entered).
    @OptionalField(key: "source_names") var sourceNames: String?
    @OptionalField(key: "source_values") var sourceValues: String?
    /// `PublishedDraw.jsonData()`, the file offered for `draw verify`.
    @OptionalField(key: "draw") var draw: String?

    init() {}

    init(_ plan: InspectionPlan) {
        id = plan.id.rawValue
        identifier = plan.identifier
        year = plan.year
        title = plan.title
        districts = plan.districts.map(\.rawValue).joined(separator: ",")
        categories = plan.categories.map(\.rawValue).joined(separator: ",")
        checksEndOn = plan.checksEndOn.description
        ratios = plan.ratios.map { "\($0.tier.rawValue)=\($0.percent)" }.joined(separator: ",")
        inspectorsPerEnterprise = plan.inspectorsPerEnterprise
        createdBy = plan.createdBy.rawValue
        createdOn = plan.createdOn.description
    }

    static func hash(_ text: String) -> String { Hash.sha256(of: Array(text.utf8)).hex }

    func domain() throws -> InspectionPlan {
        do {
            var frozen: FrozenPlan?
            if let frozenOn, let pools, let poolsHash, let sourceNames, let sourceValues {
                let decoder = JSONDecoder()
                frozen = FrozenPlan(
                    on: try CivilDate(parsing: frozenOn), pools: try FrozenPools(canonicalJSON: Data(pools.utf8)), poolsHash: poolsHash,
                    poolsIntact: Self.hash(pools) == poolsHash, sourceNames: try decoder.decode([String].self, from: Data(sourceNames.utf8)),
                    sourceValues: try decoder.decode([String?].self, from: Data(sourceValues.utf8))
                )
            }
            let ratios = try ratios.split(separator: ",").map { pair in
                let parts = pair.split(separator: "=")
                guard parts.count == 2, let tier = RiskTier(rawValue: String(parts[0])), let percent = Int(parts[1]) else { throw StoreError.corruptRow(table: Self.schema, id: "") }
                return TierRatio(tier: tier, percent: percent)
            }
            return InspectionPlan(
                id: InspectionPlanID(rawValue: try id.orThrow()), identifier: identifier, year: year, title: title,
                districts: try districts.split(separator: ",").map { try DistrictCode(rawValue: String($0)).orThrow() },
                categories: try categories.split(separator: ",").map { try ProductCategoryCode(rawValue: String($0)).orThrow() },
                checksEndOn: try CivilDate(parsing: checksEndOn), ratios: ratios, inspectorsPerEnterprise: inspectorsPerEnterprise,
                createdBy: ActorReference(rawValue: createdBy), createdOn: try CivilDate(parsing: createdOn), frozen: frozen,
                draw: try draw.map { try PublishedDraw(jsonData: Data($0.utf8)) }
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension InspectionPlanRow: LedgerCovered {
    static let subjectKind = "inspection-plan"
    var subjectID: String { id.map { InspectionPlanID(rawValue: $0).description } ?? "" }

    /// The pools and the draw enter as hashes computed from the row, so a
    /// pool or a draw changed behind the write path's back no longer
    /// matches its entry.
    func ledgerFields() throws -> [String: String] {
        var fields = [
            "identifier": identifier, "year": String(year), "title": title, "districts": districts, "categories": categories,
            "checksEndOn": checksEndOn, "ratios": ratios, "inspectorsPerEnterprise": String(inspectorsPerEnterprise), "createdBy": createdBy,
            "createdOn": createdOn,
        ]
        fields["frozenOn"] = frozenOn
        fields["poolsHash"] = pools.map(Self.hash)
        fields["recordedPoolsHash"] = poolsHash
        fields["sourceNames"] = sourceNames
        fields["sourceValues"] = sourceValues
        fields["drawHash"] = draw.map(Self.hash)
        return fields
    }
}

struct CreateInspectionPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InspectionPlanRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("identifier", .string, .required)
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("districts", .string, .required)
            .field("categories", .string, .required)
            .field("checks_end_on", .string, .required)
            .field("ratios", .string, .required)
            .field("inspectors_per_enterprise", .int, .required)
            .field("created_by", .string, .required)
            .field("created_on", .string, .required)
            .field("frozen_on", .string)
            .field("pools", .string)
            .field("pools_hash", .string)
            .field("source_names", .string)
            .field("source_values", .string)
            .field("draw", .string)
            .unique(on: "identifier")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InspectionPlanRow.schema).delete()
    }
}
