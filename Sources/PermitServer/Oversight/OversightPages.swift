import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The supervision pages: an enterprise's forms to open an inspection, a
/// sampling or an interview beside its archive; a supervision case with
/// the form its open step needs; the year's samplings for the city bureau.
/// Every form works without JavaScript.
enum OversightPages {
    static func navigation(for actor: Actor, _ language: Language) -> [(String, String)] {
        guard let user = actor.user, user.role == .cityOfficer || user.role == .districtOfficer else { return [] }
        return [(OversightURL.samplings.path, OversightPhrases.samplingsTitle.text(language))]
    }

    struct EnterpriseContent: Encodable, Sendable {
        let w: [String: String]
        let name: String
        let creditCode: String
        let canOpen: Bool
        let kinds: [UsersPage.Option]
        let grounds: [UsersPage.Option]
        let samplingGrounds: [UsersPage.Option]
        let sampledFrom: [UsersPage.Option]
        let orders: [UsersPage.Option]
        let actions: [String: String]
        let errors: [String]
        let form: [String: String]
        let archive: OversightArchivePage.Content
    }

    @Sendable static func enterprise(req: Request) async throws -> Response {
        try await renderEnterprise(on: req, errors: [], form: [:], status: .ok)
    }

    /// `inspection`, `sampling` or `interview`: opens the case and goes to it.
    @Sendable static func open(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: fields["csrf"])
        let code = req.parameters.get("creditCode") ?? ""
        let context = req.commandContext
        let team = list(fields["team"])
        return try await req.submit {
            let opened: Case
            switch req.parameters.get("action") {
            case "inspection":
                opened = try await InspectionCommands.open(.init(
                    kind: fields["kind"] ?? "", enterprise: code, team: team, ground: fields["ground"], basis: fields["basis"], order: fields["order"],
                    reason: fields["reason"]
                ), in: context)
            case "sampling":
                let grounds = SamplingGround.allCases.map(\.rawValue).filter { fields["ground-\($0)"] != nil }
                opened = try await SamplingCommands.open(.init(
                    enterprise: code, team: team, grounds: grounds, groundNote: fields["groundNote"], product: fields["product"], model: fields["model"],
                    batch: fields["batch"], quantity: fields["quantity"], sampledFrom: fields["sampledFrom"], randomMethod: fields["randomMethod"],
                    seal: fields["seal"]
                ), in: context)
            case "interview":
                opened = try await InterviewCommands.record(.init(
                    enterprise: code, team: team, interviewee: fields["interviewee"], position: fields["position"], heldOn: fields["heldOn"],
                    time: fields["time"], place: fields["place"], reason: fields["interviewReason"], said: fields["said"], required: fields["required"]
                ), in: context)
            default:
                throw CommandError.notFound
            }
            return OversightURL.case(.value(opened.number.description)).path
        } orShowAgain: { errors, status in
            try await renderEnterprise(on: req, errors: errors, form: fields.filter { $0.key != "csrf" }, status: status)
        }
    }

    private static func renderEnterprise(on req: Request, errors: [String], form: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        guard let code = try? UnifiedSocialCreditCode(validating: req.parameters.get("creditCode") ?? "") else { throw CommandError.notFound }
        let archive = try await OversightArchivePage.content(of: code, on: req)
        guard let enterprise = try await req.store.enterprises.enterprise(creditCode: code) else { throw CommandError.notFound }
        let today = CivilDate(req.now)
        let orders = try await req.store.oversight.orders(of: code).filter { $0.recheck == nil }.map {
            UsersPage.Option(
                value: $0.id.description, label: "\($0.inspection) · \($0.deadline)\($0.isDue(on: today) ? "" : " ⏳")", selected: form["order"] == $0.id.description
            )
        }
        func options<T: RawRepresentable>(_ cases: [T], _ name: (T) -> Bilingual, field: String) -> [UsersPage.Option] where T.RawValue == String {
            cases.map { UsersPage.Option(value: $0.rawValue, label: name($0).text(language), selected: form[field] == $0.rawValue) }
        }
        let path = { (action: String) in OversightURL.open(.value(code.rawValue), action: .value(action)).path }
        var filled = form
        if filled["team"] == nil { filled["team"] = req.actor.user?.username.rawValue ?? "" }
        let content = EnterpriseContent(
            w: OversightPhrases.words(language), name: enterprise.name, creditCode: code.rawValue,
            canOpen: AccessPolicy.decide(req.actor, .openCases, on: .installation) == .allow,
            kinds: options(InspectionKind.allCases, \.name, field: "kind"), grounds: options(SpecialGround.allCases, \.name, field: "ground"),
            samplingGrounds: SamplingGround.allCases.map {
                UsersPage.Option(value: $0.rawValue, label: $0.name.text(language), selected: form["ground-\($0.rawValue)"] != nil)
            },
            sampledFrom: options(SampledFrom.allCases, \.name, field: "sampledFrom"), orders: orders,
            actions: ["inspection": path("inspection"), "sampling": path("sampling"), "interview": path("interview")], errors: errors, form: filled,
            archive: archive
        )
        return try await Page(title: "\(OversightPhrases.enterpriseTitle.text(language)) · \(enterprise.name)", content: content, request: req)
            .render(on: req, template: "oversight-enterprise", status: status)
    }

    /// Usernames typed with commas, Chinese commas or spaces between them.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0.isWhitespace }).map(String.init)
    }
}
