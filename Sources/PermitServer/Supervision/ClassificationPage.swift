import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// 企业分类 page of one enterprise: its class and mode, product risk, the
/// class per category, the history, the quality facts and what they
/// propose; for the supervising district's officers, the forms to classify,
/// upload the AA commitment and record a fact. No script needed.
enum ClassificationPage {
    /// 第十九条, shown wherever the class is.
    static let advertisingNotice = Bilingual(
        "企业分类情况属产品质量监督工作信息，不得印制于产品标志，不得用于广告、推广宣传等商业行为（第十九条）。",
        en: "The class is supervision information: it may not be printed on products or used in advertising or promotion (art. 19)."
    )

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let name: String
        let creditCode: String
        let enterpriseHref: String?
        let supervisionClass: String
        let mode: String
        let productRisk: String
        let district: String
        let categories: [Line]
        let due: String?
        let overdue: Bool
        let ban: String?
        let proposals: [String]
        let history: [HistoryRow]
        let facts: [FactRow]
        /// The forms, for those who may decide.
        let action: String?
        let commitmentAction: String
        let factAction: String
        let commitment: String
        let classes: [UsersPage.Option]
        let kinds: [UsersPage.Option]
        let levels: [UsersPage.Option]
        let aspects: [UsersPage.Option]
        let errors: [String]
        let form: [String: String]
    }

    struct Line: Encodable, Sendable {
        let label: String
        let value: String
    }

    struct HistoryRow: Encodable, Sendable {
        let date: String
        let supervisionClass: String
        let category: String
        let reason: String
        let evidence: String
        let by: String
        let commitment: String
        /// The scan's download, for an AA decision.
        let commitmentHref: String?
    }

    struct FactRow: Encodable, Sendable {
        let date: String
        let kind: String
        let description: String
        let source: String
        let by: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], form: [:], status: .ok)
    }

    @Sendable static func classify(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let category: String?
            let `class`: String?
            let reason: String?
            let evidence: String?
            let commitment: String?
        }
        let form = try req.decodeForm(Form.self)
        let enterprise = try await ClassificationAPIController.existing(req)
        return try await req.submit {
            _ = try await SupervisionCommands.classify(
                creditCode: enterprise.creditCode.rawValue, category: form.category, supervisionClass: form.class ?? "", reason: form.reason ?? "",
                evidence: form.evidence ?? "", commitment: form.commitment, in: req.commandContext
            )
            return SupervisionURL.classification(.value(enterprise.id.description)).path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, form: [
                "category": form.category ?? "", "class": form.class ?? "", "reason": form.reason ?? "", "evidence": form.evidence ?? "",
                "commitment": form.commitment ?? "",
            ], status: status)
        }
    }

    /// The reviewed 承诺书 of an AA decision, streamed, named by the
    /// enterprise's credit code and the decision's day.
    @Sendable static func commitmentDocument(req: Request) async throws -> Response {
        let decision = req.parameters.get("decision") ?? ""
        let (digest, type) = try await SupervisionCommands.commitmentDocument(
            of: try ClassificationAPIController.enterpriseID(req), decision: decision, in: req.commandContext
        )
        return try BlobResponse.download(
            digest, type: type?.httpMediaType ?? .binary, fileName: "commitment-\(decision).\(type?.fileExtension ?? "bin")", on: req
        )
    }

    /// The signed 承诺书 arrives as a file; the page comes back with AA
    /// chosen and the upload named in the classification form, so the
    /// officer reviews it and decides in a second step.
    @Sendable static func uploadCommitment(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let view = try await SupervisionCommands.standing(of: try ClassificationAPIController.enterpriseID(req), in: req.commandContext)
        guard view.mayDecide else { throw CommandError.denied(.outsideDistrict(view.supervisingDistrict)) }
        return try await req.submit {
            let (upload, _) = try await FormUpload.receive(req, for: user)
            return SupervisionURL.classification(.value(view.enterprise.id.description)).path(["commitment": upload.id], fragment: "classify")
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, form: [:], status: status)
        }
    }

    @Sendable static func recordFact(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let kind: String?
            /// Both lists are on the form; the kind says which one counts.
            let level: String?
            let aspect: String?
            let occurredOn: String?
            let description: String?
            let source: String?
        }
        let form = try req.decodeForm(Form.self)
        let enterprise = try await ClassificationAPIController.existing(req)
        let qualifier = switch form.kind {
        case "failed-sampling": form.level ?? ""
        case "substantial-change": form.aspect ?? ""
        default: ""
        }
        return try await req.submit {
            try await QualityFactCommands.record(
                QualityFactDraft(
                    kind: form.kind ?? "", qualifier: qualifier, occurredOn: form.occurredOn ?? "", description: form.description ?? "",
                    source: form.source ?? ""
                ), about: enterprise.creditCode.rawValue, in: req.commandContext
            )
            return SupervisionURL.classification(.value(enterprise.id.description)).path([:], fragment: "facts")
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, form: [
                "kind": form.kind ?? "", "level": form.level ?? "", "aspect": form.aspect ?? "", "occurredOn": form.occurredOn ?? "", "description": form.description ?? "",
                "source": form.source ?? "",
            ], status: status)
        }
    }

    static func render(_ req: Request, errors: [String], form: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let view = try await SupervisionCommands.standing(of: try ClassificationAPIController.enterpriseID(req), in: req.commandContext)
        let standing = view.standing, wording = try await LedgerWording(req)
        let id = view.enterprise.id.description
        let mayViewRegistry = (try? req.requireAccess(.viewEnterprises, toAnyOf: view.enterprise.districts)) != nil
        let commitment = form["commitment"] ?? req.query[String.self, at: "commitment"] ?? ""
        let chosenClass = form["class"] ?? (commitment.isEmpty ? (standing.proposals.first?.proposedClasses.first ?? .b).rawValue : "AA")
        let content = Content(
            w: words.mapValues { $0.text(language) }, name: view.enterprise.name, creditCode: view.enterprise.creditCode.rawValue,
            enterpriseHref: mayViewRegistry ? RegistryURL.enterprise(.value(id)).path : nil,
            supervisionClass: standing.supervisionClass?.name.text(language) ?? words["unclassified"]!.text(language),
            mode: standing.mode.name.text(language), productRisk: standing.productRisk?.numeral ?? words["riskUnset"]!.text(language),
            district: wording.district(view.supervisingDistrict),
            categories: standing.categories.map {
                Line(label: $0.category?.rawValue ?? words["whole"]!.text(language), value: "\($0.supervisionClass.name.text(language)) · \($0.classifiedOn)")
            },
            due: standing.classificationDue?.description, overdue: standing.isOverdue, ban: standing.commitmentBanUntil?.description,
            proposals: standing.proposals.map { $0.text.text(language) },
            history: standing.history.reversed().map {
                HistoryRow(
                    date: $0.classifiedOn.description, supervisionClass: $0.supervisionClass.name.text(language),
                    category: $0.category?.rawValue ?? words["whole"]!.text(language), reason: $0.reason, evidence: $0.evidence,
                    by: wording.actor($0.classifiedBy.rawValue), commitment: $0.commitment.map { String($0.prefix(16)) } ?? "",
                    commitmentHref: $0.commitment == nil ? nil : SupervisionURL.commitmentDocument(.value(id), .value($0.id.description)).path
                )
            },
            facts: standing.facts.reversed().map {
                FactRow(date: $0.occurredOn.description, kind: $0.kind.name.text(language), description: $0.description, source: $0.source,
                        by: wording.actor($0.recordedBy.rawValue))
            },
            action: view.mayDecide ? SupervisionURL.classification(.value(id)).path : nil,
            commitmentAction: SupervisionURL.commitment(.value(id)).path, factAction: SupervisionURL.qualityFacts(.value(id)).path,
            commitment: commitment,
            classes: SupervisionClass.allCases.map { UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: $0.rawValue == chosenClass) },
            kinds: factKinds.map { UsersPage.Option(value: $0.code, label: $0.name.text(language), selected: $0.code == form["kind"]) },
            levels: QualityFact.SamplingLevel.allCases.map {
                UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: $0.rawValue == form["level"])
            },
            aspects: QualityFact.ChangeAspect.allCases.map {
                UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: $0.rawValue == form["aspect"])
            },
            errors: errors, form: form
        )
        return try await Page(title: "\(title.text(language)) · \(view.enterprise.name)", content: content, request: req)
            .render(on: req, template: "supervision-classification", status: status)
    }

    /// One of each kind, for the form's list; the qualifier is chosen apart.
    private static let factKinds: [QualityFact.Kind] = [
        .failedSampling(.provincial), .refusedSampling, .qualityPenalty, .exposureOrComplaints, .seriousHazard, .brokenCommitment,
        .substantialChange(.process),
    ]

    static let title = Bilingual("企业分类", en: "Classification")

    private static let words: [String: Bilingual] = [
        "title": title, "notice": advertisingNotice, "registry": Bilingual("企业档案", en: "Enterprise record"),
        "class": Bilingual("企业分类（按最低类别监管）", en: "Class (supervised by the lowest)"), "mode": Bilingual("监管方式", en: "Supervision mode"),
        "productRisk": Bilingual("产品风险等级", en: "Product risk"), "district": Bilingual("监管辖区（生产地）", en: "Supervising district (production)"),
        "categories": Bilingual("各产品类别的分类", en: "Class per product category"), "whole": Bilingual("整体", en: "Whole enterprise"),
        "unclassified": Bilingual("未分类（按B类监管）", en: "Unclassified (supervised as B)"), "riskUnset": Bilingual("未设定", en: "Not set"),
        "due": Bilingual("分类期限（获证后两个月内）", en: "Classify by (two months after licensing)"), "overdue": Bilingual("已逾期", en: "Overdue"),
        "ban": Bilingual("不接受AA类自我承诺，直至", en: "No AA self-commitment accepted until"),
        "proposals": Bilingual("分类建议", en: "Proposals"), "noProposals": Bilingual("暂无分类建议。", en: "No proposal."),
        "history": Bilingual("分类记录", en: "Classification history"), "download": Bilingual("下载承诺书", en: "Download the commitment"), "noHistory": Bilingual("尚未分类。", en: "Not classified yet."),
        "date": Bilingual("日期", en: "Date"), "category": Bilingual("产品类别", en: "Category"), "reason": Bilingual("分类理由", en: "Reason"),
        "evidence": Bilingual("依据材料", en: "Evidence"), "by": Bilingual("经办人", en: "By"), "commitment": Bilingual("承诺书（SHA-256）", en: "Commitment (SHA-256)"),
        "facts": Bilingual("质量信息", en: "Quality facts"), "noFacts": Bilingual("暂无质量信息。", en: "No quality fact recorded."),
        "kind": Bilingual("类型", en: "Kind"), "description": Bilingual("情况说明", en: "What happened"), "source": Bilingual("来源（案件编号、决定书文号）", en: "Source (case or decision number)"),
        "classify": Bilingual("调整企业分类", en: "Classify"),
        "categoryInput": Bilingual("产品类别代码（如 06-001，整体分类则不填）", en: "Product category code (e.g. 06-001; empty for the whole enterprise)"),
        "rule": Classification.oneStepRule, "aaRule": Classification.commitmentRule,
        "uploadCommitment": Bilingual("上传企业签署的AA类自我承诺书（PDF或照片）", en: "Upload the enterprise's signed AA self-commitment (PDF or photo)"),
        "upload": Bilingual("上传", en: "Upload"),
        "commitmentReady": Bilingual("承诺书已上传，审核后选择AA类并提交。", en: "Commitment uploaded: review it, choose AA and submit."),
        "recordFact": Bilingual("记录质量信息", en: "Record a quality fact"), "occurredOn": Bilingual("发生日期", en: "Date"),
        "level": Bilingual("抽查级别（抽查不合格时）", en: "Sampling level (for a failed sampling)"),
        "aspect": Bilingual("变化事项（较大变化时）", en: "What changed (for a substantial change)"),
        "save": Bilingual("保存", en: "Save"),
    ]
}
