import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 双随机一公开 in the browser: the public list of plans and each plan's
/// page (pools, sources, draw, matching, how to re-run it), and for the
/// bureau's officers the forms to create, freeze and enter sources.
enum InspectionPlanPages {
    @Sendable static func list(req: Request) async throws -> Response {
        try await renderList(req, errors: [], form: [:], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let title: String?
            let year: String?
            let districts: String?
            let categories: String?
            let checksEndOn: String?
            let low: String?, medium: String?, mediumHigh: String?, high: String?
        }
        let form = try req.decodeForm(Form.self)
        var ratios: [String: Int] = [:]
        for (tier, text) in [(RiskTier.low, form.low), (.medium, form.medium), (.mediumHigh, form.mediumHigh), (.high, form.high)] {
            if let text, !text.isEmpty { ratios[tier.rawValue] = Int(text) ?? -1 }
        }
        let draft = InspectionPlanDraft(
            title: form.title ?? "", year: form.year.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
            districts: Self.codes(form.districts), categories: Self.codes(form.categories), checksEndOn: form.checksEndOn ?? "", ratios: ratios
        )
        return try await req.submit {
            InspectionURL.plan(.value(try await InspectionPlanCommands.create(draft, in: req.commandContext).identifier)).path
        } orShowAgain: { errors, status in
            try await renderList(req, errors: errors, form: [
                "title": form.title ?? "", "year": form.year ?? "", "districts": form.districts ?? "", "categories": form.categories ?? "",
                "checksEndOn": form.checksEndOn ?? "", "low": form.low ?? "", "medium": form.medium ?? "", "mediumHigh": form.mediumHigh ?? "",
                "high": form.high ?? "",
            ], status: status)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await renderPlan(req, errors: [], form: [:], status: .ok)
    }

    @Sendable static func freeze(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            /// One source name per line.
            let sources: String?
        }
        let form = try req.decodeForm(Form.self)
        let identifier = req.parameters.get("plan") ?? ""
        let names = (form.sources ?? "").split(whereSeparator: \.isNewline).map(String.init)
        return try await req.submit {
            _ = try await InspectionPlanCommands.freeze(identifier, sourceNames: names, in: req.commandContext)
            return InspectionURL.plan(.value(identifier)).path
        } orShowAgain: { errors, status in
            try await renderPlan(req, errors: errors, form: ["sources": form.sources ?? ""], status: status)
        }
    }

    @Sendable static func enterSource(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let value: String?
        }
        let form = try req.decodeForm(Form.self)
        let identifier = req.parameters.get("plan") ?? ""
        return try await req.submit {
            guard let index = req.parameters.get("index").flatMap(Int.init) else { throw InspectionPlanRefusal.unknownSource(0) }
            _ = try await InspectionPlanCommands.enterSource(identifier, index: index, value: form.value ?? "", in: req.commandContext)
            return InspectionURL.plan(.value(identifier)).path
        } orShowAgain: { errors, status in
            try await renderPlan(req, errors: errors, form: [:], status: status)
        }
    }

    /// Codes typed into one field, separated by commas, spaces or 、.
    private static func codes(_ text: String?) -> [String] {
        (text ?? "").split { $0 == "," || $0 == "，" || $0 == "、" || $0.isWhitespace }.map(String.init)
    }

    private static func renderList(_ req: Request, errors: [String], form: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let context = req.commandContext
        let plans = try await InspectionPlanCommands.plans(in: context).map { plan in
            InspectionPlanView.Row(
                identifier: plan.identifier, href: InspectionURL.plan(.value(plan.identifier)).path, title: plan.title, year: String(plan.year),
                state: InspectionPlanView.stateName(plan.state).text(language), checksEndOn: plan.checksEndOn.description
            )
        }
        let user = req.actor.user
        let officer = user.map { $0.role == .cityOfficer || $0.role == .districtOfficer } ?? false
        var form = form
        if form.isEmpty, let user {
            form = ["year": String(CivilDate(req.now).year), "districts": user.role == .districtOfficer ? user.district?.rawValue ?? "" : ""]
            for tier in RiskTier.allCases { form[InspectionPlanView.formKey(tier)] = String(tier.defaultRatio.percent) }
        }
        let content = InspectionPlanView.ListContent(
            w: InspectionPlanView.words(language), plans: plans, createAction: officer ? InspectionURL.plans.path : nil, errors: errors, form: form
        )
        return try await Page(title: InspectionPlanView.title.text(language), content: content, request: req)
            .render(on: req, template: "inspection-plans", status: status)
    }

    private static func renderPlan(_ req: Request, errors: [String], form: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let context = req.commandContext
        let plan = try await InspectionPlanCommands.plan(req.parameters.get("plan") ?? "", in: context)
        let directory = try await InspectionPlanCommands.directory(for: plan, in: context)
        let content = InspectionPlanView.content(
            plan, directory: directory, mayAct: InspectionPlanCommands.mayPlan(plan.districts, in: context), errors: errors, form: form,
            language: req.language
        )
        return try await Page(title: "\(plan.identifier) \(plan.title)", content: content, request: req).render(on: req, template: "inspection-plan", status: status)
    }
}
