import Fluent
import Foundation
import PermitCore

/// One supervision sampling (监督检验), keyed by its case: written when the
/// samples are taken and rewritten at dispatch and at the report.
final class SamplingRow: Model, @unchecked Sendable {
    static let schema = "supervision_samplings"

    // managed fields
    /// The sampling case's id.
    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // reference fields
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district") var district: String
    @OptionalField(key: "laboratory_code") var laboratoryCode: String?

    // data fields
    @Field(key: "enterprise_name") var enterpriseName: String
    /// Ground keys, comma-separated, in the order given.
    @Field(key: "grounds") var grounds: String
    @Field(key: "ground_note") var groundNote: String
    @Field(key: "product") var product: String
    @Field(key: "model") var model: String
    @Field(key: "batch") var batch: String
    @Field(key: "quantity") var quantity: String
    @Field(key: "sampled_from") var sampledFrom: String
    @Field(key: "random_method") var randomMethod: String
    @Field(key: "seal") var seal: String
    @Field(key: "sampled_on") var sampledOn: String
    @OptionalField(key: "laboratory_name") var laboratoryName: String?
    @OptionalField(key: "sent_on") var sentOn: String?
    @OptionalField(key: "report_number") var reportNumber: String?
    @OptionalField(key: "report_issued_on") var reportIssuedOn: String?
    @OptionalField(key: "report_copies") var reportCopies: Int?
    @OptionalField(key: "passed") var passed: Bool?
    @OptionalField(key: "summary") var summary: String?

    init() {}

    init(_ sampling: Sampling, caseID: CaseID) {
        id = caseID.rawValue
        caseNumber = sampling.caseNumber.description
        creditCode = sampling.creditCode.rawValue
        district = sampling.district.rawValue
        enterpriseName = sampling.enterpriseName
        grounds = sampling.grounds.map(\.rawValue).joined(separator: ",")
        groundNote = sampling.groundNote
        product = sampling.slip.product
        model = sampling.slip.model
        batch = sampling.slip.batch
        quantity = sampling.slip.quantity
        sampledFrom = sampling.slip.sampledFrom.rawValue
        randomMethod = sampling.slip.randomMethod
        seal = sampling.slip.seal
        sampledOn = sampling.sampledOn.description
        update(from: sampling)
    }

    /// The dispatch and the report, which come after the samples are taken.
    func update(from sampling: Sampling) {
        laboratoryCode = sampling.laboratoryCode?.rawValue
        laboratoryName = sampling.laboratoryName
        sentOn = sampling.sentOn?.description
        reportNumber = sampling.report?.number
        reportIssuedOn = sampling.report?.issuedOn.description
        reportCopies = sampling.report?.copies
        passed = sampling.report?.passed
        summary = sampling.report?.summary
    }

    func domain() throws -> Sampling {
        do {
            var report: SamplingReport?
            if let reportNumber, let reportIssuedOn, let reportCopies, let passed {
                report = SamplingReport(
                    number: reportNumber, issuedOn: try CivilDate(parsing: reportIssuedOn), copies: reportCopies, passed: passed, summary: summary ?? ""
                )
            }
            return Sampling(
                caseNumber: try CaseNumber(parsing: caseNumber), creditCode: try UnifiedSocialCreditCode(validating: creditCode),
                enterpriseName: enterpriseName, district: try DistrictCode(rawValue: district).orThrow(),
                grounds: try grounds.split(separator: ",").map { try SamplingGround(rawValue: String($0)).orThrow() }, groundNote: groundNote,
                slip: SampleSlip(
                    product: product, model: model, batch: batch, quantity: quantity, sampledFrom: try SampledFrom(rawValue: sampledFrom).orThrow(),
                    randomMethod: randomMethod, seal: seal
                ),
                sampledOn: try CivilDate(parsing: sampledOn), laboratoryCode: try laboratoryCode.map { try UnifiedSocialCreditCode(validating: $0) },
                laboratoryName: laboratoryName, sentOn: try sentOn.map { try CivilDate(parsing: $0) }, report: report
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: caseNumber)
        }
    }
}

extension SamplingRow: LedgerCovered {
    static let subjectKind = "supervision-sampling"
    var subjectID: String { caseNumber }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "creditCode": creditCode, "district": district, "enterpriseName": enterpriseName, "grounds": grounds, "groundNote": groundNote,
            "product": product, "model": model, "batch": batch, "quantity": quantity, "sampledFrom": sampledFrom, "randomMethod": randomMethod,
            "seal": seal, "sampledOn": sampledOn,
        ]
        fields["laboratoryCode"] = laboratoryCode
        fields["laboratoryName"] = laboratoryName
        fields["sentOn"] = sentOn
        fields["reportNumber"] = reportNumber
        fields["reportIssuedOn"] = reportIssuedOn
        fields["reportCopies"] = reportCopies.map(String.init)
        fields["passed"] = passed.map { $0 ? "true" : "false" }
        fields["summary"] = summary
        return fields
    }
}
