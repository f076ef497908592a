import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// User administration for the city bureau: list, create, disable.
enum UsersPage {
    struct Row: Encodable, Sendable {
        let username: String
        let displayName: String
        let role: String
        let district: String
        let active: Bool
        let isSelf: Bool
        let mustChangePassword: Bool
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct LockRow: Encodable, Sendable {
        let kind: String
        let label: String
        let value: String
        let failures: Int
        let wait: String
    }

    struct Content: Encodable, Sendable {
        let users: [Row]
        let locks: [LockRow]
        let roles: [Option]
        let districts: [Option]
        let draft: Draft
        let errors: [String]
        let notice: String?
    }

    struct Draft: Encodable, Sendable {
        var username = ""
        var displayName = ""
    }

    struct CreateForm: ProtectedForm {
        let username: String
        let displayName: String
        let role: String
        let district: String?
        let password: String
        let organisation: String?
        let csrf: String?
    }

    struct DisableForm: ProtectedForm {
        let csrf: String?
    }

    struct ResetForm: ProtectedForm {
        let password: String
        let csrf: String?
    }

    @Sendable static func enable(req: Request) async throws -> Response {
        _ = try req.decodeForm(DisableForm.self)
        let user = try await AccountCommands.enable(req.parameters.get("username") ?? "", in: req.commandContext)
        return req.redirect(to: AccountURL.users.path(["enabled": user.username.rawValue]))
    }

    @Sendable static func resetPassword(req: Request) async throws -> Response {
        let form = try req.decodeForm(ResetForm.self)
        return try await req.submit {
            let user = try await AccountCommands.resetPassword(
                req.parameters.get("username") ?? "", to: form.password, passwords: req.passwordWork, in: req.commandContext
            )
            return AccountURL.users.path(["reset": user.username.rawValue])
        } orShowAgain: { errors, status in
            try await render(on: req, draft: Draft(), role: nil, district: nil, errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func liftLock(req: Request) async throws -> Response {
        _ = try req.decodeForm(DisableForm.self)
        let lock = try LoginLock(parametersOf: req)
        try await lock.lift(on: req)
        return req.redirect(to: AccountURL.users.path(["lifted": lock.value], fragment: "locks"))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "created"].map { Phrase.usersCreated(name: $0) }
            ?? req.query[String.self, at: "disabled"].map { Phrase.usersDisabledNotice(name: $0) }
            ?? req.query[String.self, at: "lifted"].map { Phrase.usersLockLifted(name: $0) }
            ?? req.query[String.self, at: "enabled"].map { Phrase.usersEnabledNotice(name: $0) }
            ?? req.query[String.self, at: "reset"].map { Phrase.usersPasswordResetNotice(name: $0) }
        return try await render(on: req, draft: Draft(), role: nil, district: nil, errors: [], notice: notice?.text(req.language), status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.decodeForm(CreateForm.self)
        let draft = AccountDraft(
            username: form.username, displayName: form.displayName, role: form.role, district: form.district, password: form.password,
            organisation: form.organisation
        )
        return try await req.submit {
            let user = try await AccountCommands.create(draft, passwords: req.passwordWork, in: req.commandContext)
            return AccountURL.users.path(["created": user.username.rawValue])
        } orShowAgain: { errors, status in
            try await render(
                on: req, draft: Draft(username: form.username, displayName: form.displayName), role: form.role,
                district: form.district, errors: errors, notice: nil, status: status
            )
        }
    }

    @Sendable static func disable(req: Request) async throws -> Response {
        _ = try req.decodeForm(DisableForm.self)
        let user = try await AccountCommands.disable(req.parameters.get("username") ?? "", in: req.commandContext)
        return req.redirect(to: AccountURL.users.path(["disabled": user.username.rawValue]))
    }

    private static func render(
        on req: Request, draft: Draft, role: String?, district: String?, errors: [String], notice: String?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let me = try req.requireUser()
        let districts = try await req.store.accounts.districts()
        let names = Dictionary(uniqueKeysWithValues: districts.map { ($0.code, $0.name) })
        let rows = try await req.store.accounts.users().map { user in
            Row(
                username: user.username.rawValue, displayName: user.displayName, role: user.role.phrase.text(language),
                district: user.district.map { names[$0] ?? $0.rawValue } ?? Phrase.none.text(language),
                active: user.isActive, isSelf: user.id == me.id, mustChangePassword: user.mustChangePassword
            )
        }
        let locks = await LoginLocksController.standings(req).map { lock, standing in
            LockRow(
                kind: lock.kind.rawValue, label: lock.phrase.text(language), value: lock.value, failures: standing.failures,
                wait: standing.retryAfterSeconds == 0 ? "—" : Problem.duration(standing.retryAfterSeconds).text(language)
            )
        }
        let content = Content(
            users: rows, locks: locks,
            roles: Role.allCases.map { Option(value: $0.rawValue, label: $0.phrase.text(language), selected: $0.rawValue == role) },
            districts: [Option(value: "", label: Phrase.none.text(language), selected: district?.isEmpty ?? true)]
                + districts.map { Option(value: $0.code.rawValue, label: "\($0.name)（\($0.code)）", selected: $0.code.rawValue == district) },
            draft: draft, errors: errors, notice: notice
        )
        return try await Page(title: .usersTitle, content: content, request: req).render(on: req, template: "users", status: status)
    }
}

/// A refusal a form shows inline next to what the user typed, instead of on an
/// error page.
struct FormFailure {
    let problem: Problem

    init?(_ error: any Error) {
        switch error {
        case is InvalidInput, is AccountError, is CatalogueError, is InspectorError, is EnterpriseError, is KeptByAnotherDistrict, is Problem,
             is CaseRefusal, is ProcessRefusal, is AgencyRefusal, is EvidenceRefusal, is UploadError, is DisclosureRefusal, is ApplicationRefusal, is ExitRefusal, is BlacklistRefusal, is InspectionPlanRefusal, is InspectionTaskRefusal, is PaperRequestRefusal, is ClassificationRefusal, is OversightRefusal:
            problem = Problem(error, maxBodySize: 0)
        default: return nil
        }
    }

    var status: HTTPResponseStatus { problem.kind.status }

    func messages(_ language: Language) -> [String] {
        let fields = problem.issues.map { $0.text(language) }
        return problem.kind == .invalidInput && !fields.isEmpty ? fields : [problem.detailText(language)]
    }
}
