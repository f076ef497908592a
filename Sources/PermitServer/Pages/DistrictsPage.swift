import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// District administration for the city bureau: districts are data.
enum DistrictsPage {
    struct Row: Encodable, Sendable {
        let code: String
        let name: String
        let level: String
    }

    struct Content: Encodable, Sendable {
        let districts: [Row]
        let levels: [UsersPage.Option]
        let draftCode: String
        let draftName: String
        let errors: [String]
        let notice: String?
    }

    struct CreateForm: ProtectedForm {
        let code: String
        let name: String
        let level: String
        let csrf: String?
    }

    struct RenameForm: ProtectedForm {
        let name: String
        let csrf: String?
    }

    @Sendable static func rename(req: Request) async throws -> Response {
        let form = try req.decodeForm(RenameForm.self)
        return try await req.submit {
            let district = try await DistrictCommands.rename(req.parameters.get("code") ?? "", to: form.name, in: req.commandContext)
            return AccountURL.districts.path(["renamed": district.code, "name": district.name])
        } orShowAgain: { errors, status in
            try await render(on: req, code: "", name: "", level: nil, errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let renamed = req.query[String.self, at: "renamed"].map {
            Phrase.districtsRenamed(code: $0, name: req.query[String.self, at: "name"] ?? "")
        }
        let notice = req.query[String.self, at: "created"].map { Phrase.districtsCreated(name: $0) } ?? renamed
        return try await render(on: req, code: "", name: "", level: nil, errors: [], notice: notice?.text(req.language), status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.decodeForm(CreateForm.self)
        return try await req.submit {
            let district = try await DistrictCommands.add(code: form.code, name: form.name, level: form.level, in: req.commandContext)
            return AccountURL.districts.path(["created": district.name])
        } orShowAgain: { errors, status in
            try await render(on: req, code: form.code, name: form.name, level: form.level, errors: errors, notice: nil, status: status)
        }
    }

    private static func render(
        on req: Request, code: String, name: String, level: String?, errors: [String], notice: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let rows = try await req.store.accounts.districts().map {
            Row(code: $0.code.rawValue, name: $0.name, level: $0.level.phrase.text(language))
        }
        let levels = District.Level.allCases.map {
            UsersPage.Option(value: $0.rawValue, label: $0.phrase.text(language), selected: $0.rawValue == (level ?? "district"))
        }
        let content = Content(districts: rows, levels: levels, draftCode: code, draftName: name, errors: errors, notice: notice)
        return try await Page(title: .districtsTitle, content: content, request: req)
            .render(on: req, template: "districts", status: status)
    }
}
