import PermitCommands
import PermitCore
import PermitStore
import Vapor

extension OversightPages {
    struct NodeLine: Encodable, Sendable {
        let name: String
        let status: String
        let due: String?
        let overdue: Bool
        let records: [String]
    }

    struct ItemField: Encodable, Sendable {
        let key: String
        let name: String
        let found: String
        let conclusions: [UsersPage.Option]
    }

    struct CaseContent: Encodable, Sendable {
        let w: [String: String]
        let number: String
        let process: String
        let subject: String
        let enterpriseHref: String
        let generalHref: String
        let team: String
        let nodes: [NodeLine]
        /// `record`, `dispatch` or `report`: the form the open step needs,
        /// for those who act on the case.
        let form: String?
        let action: String?
        let returnVisit: Bool
        let items: [ItemField]
        let sampling: API.SamplingDTO?
        let errors: [String]
        let values: [String: String]
    }

    @Sendable static func showCase(req: Request) async throws -> Response {
        try await renderCase(on: req, errors: [], values: [:], status: .ok)
    }

    /// The forms of a supervision case: `record`, `dispatch`, `report`.
    @Sendable static func act(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: fields["csrf"])
        let number = try CasesAPIController.number(req)
        let context = req.commandContext
        return try await req.submit {
            switch req.parameters.get("action") {
            case "record":
                var record = InspectionCommands.Record(
                    checkedOn: fields["checkedOn"] ?? "", place: fields["place"] ?? "",
                    items: CheckItem.allCases.map {
                        .init(item: $0.rawValue, found: fields["found-\($0.rawValue)"] ?? "", conclusion: fields["conclusion-\($0.rawValue)"] ?? "")
                    },
                    problems: fields["problems"] ?? "", inspectors: list(fields["inspectors"]), enterpriseSignatory: fields["signatory"],
                    enterpriseRefusal: fields["refusal"], rectified: fields["rectified"].flatMap { $0.isEmpty ? nil : $0 == "yes" }
                )
                if let requirements = fields["requirements"], !requirements.trimmingWhitespaceAndNewlines().isEmpty || !(fields["deadline"] ?? "").isEmpty {
                    record.rectification = (requirements, fields["deadline"] ?? "")
                }
                if let matter = fields["matter"], !matter.trimmingWhitespaceAndNewlines().isEmpty { record.referral = (matter, fields["evidence"] ?? "") }
                _ = try await InspectionCommands.record(number, record, in: context)
            case "dispatch":
                _ = try await SamplingCommands.dispatch(number, laboratory: fields["laboratory"] ?? "", sentOn: fields["sentOn"] ?? "", in: context)
            case "report":
                _ = try await SamplingCommands.report(
                    number, reportNumber: fields["reportNumber"], issuedOn: fields["issuedOn"], copies: fields["copies"].flatMap { Int($0) },
                    passed: fields["passed"].flatMap { $0.isEmpty ? nil : $0 == "yes" }, summary: fields["summary"], in: context
                )
            default:
                throw CommandError.notFound
            }
            return OversightURL.case(.value(number)).path
        } orShowAgain: { errors, status in
            try await renderCase(on: req, errors: errors, values: fields.filter { $0.key != "csrf" }, status: status)
        }
    }

    private static func renderCase(on req: Request, errors: [String], values: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let number = try CasesAPIController.number(req)
        let view = try await CaseCommands.view(number, in: req.commandContext)
        let subject = view.case
        guard ProcessDefinition.supervision.contains(where: { $0.id == subject.process }) else { throw OversightRefusal.notThisKind(subject.number) }
        let today = CivilDate(req.now)
        let nodes = view.definition.nodes.map { node in
            let state = view.state(of: node.id, today: today)
            let records = state.readable ? subject.standingRecords(of: node.id).compactMap(\.text) : []
            return NodeLine(
                name: node.name.text(language), status: CasePhrases.status(state.status).text(language), due: state.standing?.dueDate?.description,
                overdue: state.overdue, records: records
            )
        }
        let open = view.access == .act ? view.definition.nodes.first { subject.node($0.id)?.status == .open && view.machine.isReady($0.id, in: subject) } : nil
        let form: String? = switch open?.id.rawValue {
        case "check": "record"
        case "dispatch": "dispatch"
        case "report": "report"
        default: nil
        }
        var filled = values
        if filled["inspectors"] == nil { filled["inspectors"] = subject.team.map(\.username.rawValue).joined(separator: ", ") }
        if filled["checkedOn"] == nil { filled["checkedOn"] = today.description }
        if filled["sentOn"] == nil { filled["sentOn"] = today.description }
        if filled["copies"] == nil { filled["copies"] = String(SamplingRules.reportCopies) }
        let sampling = try await req.store.oversight.samplings(of: subject.subject.creditCode).first { $0.caseNumber == subject.number }
        let content = CaseContent(
            w: OversightPhrases.words(language).merging(CasePages.words(language)) { mine, _ in mine }, number: subject.number.description,
            process: view.definition.name.text(language), subject: subject.subject.name,
            enterpriseHref: OversightURL.enterprise(.value(subject.subject.creditCode.rawValue)).path, generalHref: CaseURL.case(.value(number)).path,
            team: subject.team.map(\.displayName).joined(separator: "、"), nodes: nodes, form: form,
            action: form.map { OversightURL.caseAction(.value(number), action: .value($0)).path }, returnVisit: subject.process == ProcessDefinition.supervisionReturnVisit.id,
            items: CheckItem.allCases.map { item in
                ItemField(
                    key: item.rawValue, name: item.name.text(language), found: filled["found-\(item.rawValue)"] ?? "",
                    conclusions: CheckConclusion.allCases.map {
                        UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: (filled["conclusion-\(item.rawValue)"] ?? "conforming") == $0.rawValue)
                    }
                )
            },
            sampling: sampling.map(API.SamplingDTO.init), errors: errors, values: filled
        )
        return try await Page(title: "\(subject.number) · \(view.definition.name.text(language))", content: content, request: req)
            .render(on: req, template: "oversight-case", status: status)
    }

    struct SamplingsContent: Encodable, Sendable {
        let w: [String: String]
        let year: Int
        let district: String
        let rows: [API.SamplingDTO]
        let csvHref: String
    }

    /// The year's samplings as a table, with the CSV the city bureau receives.
    @Sendable static func samplings(req: Request) async throws -> Response {
        let language = req.language
        let year = (try? req.query.get(Int.self, at: "year")) ?? CivilDate(req.now).year
        let district = req.query[String.self, at: "district"] ?? ""
        let rows = try await OversightQueries.samplings(year: year, district: district, in: req.commandContext)
        let content = SamplingsContent(
            w: OversightPhrases.words(language), year: year, district: district, rows: rows.map(API.SamplingDTO.init),
            csvHref: OversightURL.api(.samplings).path(["year": year, "district": district.isEmpty ? nil : district])
        )
        return try await Page(title: OversightPhrases.samplingsTitle.text(language), content: content, request: req).render(on: req, template: "oversight-samplings")
    }
}
