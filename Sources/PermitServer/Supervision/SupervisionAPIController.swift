import Foundation
import PermitCommands
import PermitCore
import Vapor

enum SupervisionAPIController {
    struct ClassificationInput: Content {
        let creditCode: String?
        /// 产品类别 `NN-NNN`; absent to classify the enterprise as a whole.
        let category: String?
        let `class`: String?
        let reason: String?
        let evidence: String?
        /// 承诺书: the caller's finished upload (id or tus URL), required for AA.
        let commitment: String?
    }

    @Sendable static func plan(req: Request) async throws -> [API.SupervisionPlanRowDTO] {
        guard let year = req.parameters.get("year", as: Int.self) else { throw CommandError.notFound }
        let plan = try await SupervisionCommands.plan(
            year: year, district: req.query[String.self, at: "district"] ?? "", source: req.query[String.self, at: "source"], in: req.commandContext
        )
        return plan.rows.map(API.SupervisionPlanRowDTO.init)
    }

    @Sendable static func classify(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ClassificationInput.self)
        let record = try await SupervisionCommands.classify(
            creditCode: body.creditCode ?? "", category: body.category, supervisionClass: body.class ?? "", reason: body.reason ?? "",
            evidence: body.evidence ?? "", commitment: body.commitment, in: req.commandContext
        )
        return try await API.ClassificationDTO(record).encodeResponse(status: .created, for: req)
    }
}

extension API {
    struct SupervisionPlanRowDTO: Content {
        let creditCode: String
        let name: String
        /// AA, A, B or C; null when not yet classified (planned as B).
        let `class`: String?
        /// I, II or III; null when the catalogue sets none.
        let productRisk: String?
        let mode: String
        let inspections: Int

        init(_ row: SupervisionPlanRow) {
            creditCode = row.creditCode.rawValue
            name = row.name
            self.class = row.supervisionClass?.rawValue
            productRisk = row.productRisk?.rawValue
            mode = row.mode.rawValue
            inspections = row.inspections
        }
    }

    struct ClassificationDTO: Content {
        let id: String
        let creditCode: String
        let category: String?
        let `class`: String
        let reason: String
        let evidence: String
        let commitment: String?
        let district: String
        let classifiedOn: String

        init(_ record: ClassificationRecord) {
            id = record.id.description
            creditCode = record.creditCode.rawValue
            category = record.category?.rawValue
            self.class = record.supervisionClass.rawValue
            reason = record.reason
            evidence = record.evidence
            commitment = record.commitment
            district = record.district.rawValue
            classifiedOn = record.classifiedOn.description
        }
    }
}

extension ClassificationRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let input): Problem(input, maxBodySize: 0)
        case .riseTooFar(let from, let to):
            Problem(kind: .conflict, detail: Bilingual(
                "不能将企业分类由\(from.name.zhHans)直接调整为\(to.name.zhHans)：" + Classification.oneStepRule.zhHans,
                en: "Cannot raise the class from \(from.rawValue) to \(to.rawValue) at once: " + Classification.oneStepRule.en
            ))
        case .commitmentRequired:
            Problem(kind: .conflict, detail: Classification.commitmentRule, issues: [FieldIssue(field: "commitment", problem: .missing)])
        case .commitmentBanned(let until):
            Problem(kind: .conflict, detail: Bilingual(
                "\(until)前不接受该企业的AA类自我承诺：" + Classification.commitmentBanRule.zhHans,
                en: "No AA self-commitment is accepted from this enterprise before \(until): " + Classification.commitmentBanRule.en
            ), issues: [FieldIssue(field: "class", problem: .notAllowed)])
        case .notLicensed:
            Problem(kind: .conflict, detail: Bilingual(
                "该企业未持有有效的生产许可证，不属于获证企业分类范围（第六条）。",
                en: "The enterprise holds no licence in force; only licensed enterprises are classified (art. 6)."
            ))
        }
    }
}
