import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The annual plan in the browser: pick a year and district, see each
/// licensed enterprise with its class, product risk, mode and planned
/// inspections; officers classify from a form on the same page.
enum SupervisionPages {
    /// The bureau's officers plan supervision and random inspections:
    /// this year's plan of their district (the city's first district for
    /// the city bureau), and the random-inspection plans.
    static func navigation(for actor: Actor, _ language: Language, year: Int) -> [(String, String)] {
        guard let user = actor.user else { return [] }
        let figures = (SupervisionURL.overview.path, SupervisionOverviewPage.title.text(language))
        if user.role == .auditor { return [figures] }
        guard user.role == .cityOfficer || user.role == .districtOfficer else { return [] }
        let plan = SupervisionURL.plan(.value(year)).path + (user.role == .districtOfficer ? "?district=\(user.district?.rawValue ?? "")" : "")
        return [
            (plan, Bilingual("监督检查计划", en: "Supervision plan").text(language)), figures,
            (InspectionURL.plans.path, Bilingual("双随机抽查", en: "Random inspections").text(language)),
        ]
    }

    static let title = Bilingual("年度定期监督检查计划", en: "Annual periodic inspection plan")

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let year: Int
        let district: String
        let chosen: Bool
        let key: String
        let rows: [Row]
        let totalInspections: Int
        /// The classification form, for officers only.
        let classifyAction: String?
        let classes: [UsersPage.Option]
        let errors: [String]
        let form: [String: String]
    }

    struct Row: Encodable, Sendable {
        /// The enterprise's classification page.
        let href: String
        let creditCode: String
        let name: String
        let supervisionClass: String
        let productRisk: String
        let mode: String
        let inspections: Int
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], form: [:], status: .ok)
    }

    @Sendable static func classify(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let district: String?
            let creditCode: String?
            let category: String?
            let `class`: String?
            let reason: String?
            let evidence: String?
            let commitment: String?
        }
        let form = try req.decodeForm(Form.self)
        let year = try year(of: req)
        return try await req.submit {
            _ = try await SupervisionCommands.classify(
                creditCode: form.creditCode ?? "", category: form.category, supervisionClass: form.class ?? "", reason: form.reason ?? "",
                evidence: form.evidence ?? "", commitment: form.commitment, in: req.commandContext
            )
            return SupervisionURL.plan(.value(year)).path(["district": form.district ?? ""])
        } orShowAgain: { errors, status in
            try await render(req, district: form.district, errors: errors, form: [
                "creditCode": form.creditCode ?? "", "category": form.category ?? "", "class": form.class ?? "", "reason": form.reason ?? "",
                "evidence": form.evidence ?? "", "commitment": form.commitment ?? "",
            ], status: status)
        }
    }

    private static func year(of req: Request) throws -> Int {
        guard let year = req.parameters.get("year", as: Int.self) else { throw CommandError.notFound }
        return year
    }

    /// Without a district in the query, an officer's own; the city bureau
    /// and auditors choose one first.
    private static func render(
        _ req: Request, district chosen: String? = nil, errors: [String], form: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let year = try year(of: req)
        var own = ""
        if let user = req.actor.user, case .ownDistrict(let district?) = AccessPolicy.reach(of: user) { own = district.rawValue }
        let district = chosen ?? req.query[String.self, at: "district"] ?? own
        let plan = district.isEmpty ? nil : try await SupervisionCommands.plan(year: year, district: district, in: req.commandContext)
        let rows = plan?.rows.map { row in
            Row(
                href: row.enterprise.map { SupervisionURL.classification(.value($0.description)).path } ?? "", creditCode: row.creditCode.rawValue, name: row.name,
                supervisionClass: row.supervisionClass?.name.text(language) ?? words["unclassified"]!.text(language),
                productRisk: row.productRisk.map { $0.numeral } ?? words["riskUnset"]!.text(language), mode: row.mode.name.text(language),
                inspections: row.inspections
            )
        } ?? []
        let officer = req.actor.user.map { $0.role == .cityOfficer || $0.role == .districtOfficer } ?? false
        let content = Content(
            w: words.mapValues { $0.text(language) }, year: year, district: district, chosen: plan != nil, key: plan?.key ?? "", rows: rows,
            totalInspections: rows.reduce(0) { $0 + $1.inspections },
            classifyAction: officer && plan != nil ? SupervisionURL.plan(.value(year)).path : nil,
            classes: SupervisionClass.allCases.map {
                UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: $0.rawValue == (form["class"] ?? "B"))
            },
            errors: errors, form: form
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "supervision-plan", status: status)
    }

    private static let words: [String: Bilingual] = [
        "title": title,
        "intro": Bilingual(
            "区级市场监管局每年1月根据企业分类和监管方式制定定期监督检查计划：B类企业每年至少检查1次，C类企业至少2次；AA类（不低于20%）和A类（不低于50%）企业按比例向上取整，以可复核的随机抽取（RFC 3797）确定。生产Ⅰ级（高风险）产品的企业监管方式从严一级。",
            en: "Each January the district plans its periodic inspections from classes and modes: every B enterprise at least once, every C enterprise twice; AA (at least 20%) and A (at least 50%) enterprises chosen by a verifiable draw (RFC 3797), rounded up. A level-Ⅰ product makes the mode one step stricter."
        ),
        "notice": Bilingual(
            "企业分类情况属产品质量监督工作信息，获证企业不得将分类结果印制于产品标志，不得用于广告、推广宣传等商业行为（第十九条）。",
            en: "The class is supervision information: the enterprise may not print it on products or use it in advertising or promotion (art. 19)."
        ),
        "year": Bilingual("年度", en: "Year"), "district": Bilingual("辖区代码", en: "District code"), "show": Bilingual("查看计划", en: "Show plan"),
        "choose": Bilingual("请先选择辖区。", en: "Choose a district first."), "none": Bilingual("本辖区没有获证企业。", en: "No licensed enterprise in the district."),
        "creditCode": Bilingual("统一社会信用代码", en: "Credit code"), "name": Bilingual("企业名称", en: "Enterprise"),
        "class": Bilingual("企业分类", en: "Class"), "productRisk": Bilingual("产品风险等级", en: "Product risk"), "mode": Bilingual("监管方式", en: "Mode"),
        "inspections": Bilingual("计划检查次数", en: "Planned inspections"), "total": Bilingual("合计", en: "Total"),
        "key": Bilingual("抽取密钥（RFC 3797，各方式另加 credit/ 或 responsibility/）", en: "Draw key (RFC 3797; each mode appends credit/ or responsibility/)"),
        "unclassified": Bilingual("未分类（按B类计划）", en: "Unclassified (planned as B)"), "riskUnset": Bilingual("未设定", en: "Not set"),
        "classify": Bilingual("企业分类", en: "Classify an enterprise"),
        "category": Bilingual("产品类别代码（如 06-001，整体分类则不填）", en: "Product category code (e.g. 06-001; empty for the whole enterprise)"),
        "reason": Bilingual("分类理由", en: "Reason"), "evidence": Bilingual("依据材料", en: "Evidence"),
        "commitment": Bilingual("承诺书上传编号（AA类必填，在企业分类页上传）", en: "Commitment upload id (required for AA; upload it on the enterprise's classification page)"),
        "rule": Classification.oneStepRule,
    ]
}
