import Fluent
import Foundation
import PermitCore

/// One order to rectify (责令限期整改) and, once opened, its return visit.
final class RectificationOrderRow: Model, @unchecked Sendable {
    static let schema = "rectification_orders"

    // managed fields
    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // reference fields
    @Field(key: "inspection_case") var inspectionCase: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district") var district: String
    @OptionalField(key: "recheck_case") var recheckCase: String?

    // data fields
    @Field(key: "enterprise_name") var enterpriseName: String
    @Field(key: "requirements") var requirements: String
    @Field(key: "deadline") var deadline: String
    @Field(key: "ordered_on") var orderedOn: String
    @OptionalField(key: "early_reason") var earlyReason: String?
    @OptionalField(key: "outcome") var outcome: String?

    init() {}

    init(_ order: RectificationOrder) {
        id = order.id.rawValue
        inspectionCase = order.inspection.description
        creditCode = order.creditCode.rawValue
        district = order.district.rawValue
        enterpriseName = order.enterpriseName
        requirements = order.requirements
        deadline = order.deadline.description
        orderedOn = order.orderedOn.description
        update(from: order)
    }

    /// What changes after the order: its re-check and the outcome.
    func update(from order: RectificationOrder) {
        recheckCase = order.recheck?.description
        earlyReason = order.earlyReason
        outcome = order.outcome?.rawValue
    }

    func domain() throws -> RectificationOrder {
        do {
            return RectificationOrder(
                id: RectificationOrderID(rawValue: try id.orThrow()), inspection: try CaseNumber(parsing: inspectionCase),
                creditCode: try UnifiedSocialCreditCode(validating: creditCode), enterpriseName: enterpriseName,
                district: try DistrictCode(rawValue: district).orThrow(), requirements: requirements, deadline: try CivilDate(parsing: deadline),
                orderedOn: try CivilDate(parsing: orderedOn), recheck: try recheckCase.map { try CaseNumber(parsing: $0) }, earlyReason: earlyReason,
                outcome: try outcome.map { try RectificationOrder.Outcome(rawValue: $0).orThrow() }
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension RectificationOrderRow: LedgerCovered {
    static let subjectKind = "rectification-order"
    var subjectID: String { id.map { RectificationOrderID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "inspection": inspectionCase, "creditCode": creditCode, "district": district, "enterpriseName": enterpriseName,
            "requirements": requirements, "deadline": deadline, "orderedOn": orderedOn,
        ]
        fields["recheck"] = recheckCase
        fields["earlyReason"] = earlyReason
        fields["outcome"] = outcome
        return fields
    }
}
