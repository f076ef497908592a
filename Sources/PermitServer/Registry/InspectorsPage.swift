import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The inspector database pages: one district's list, kept by its officers,
/// and the list of every district for the city bureau and auditors.
enum InspectorsPage {
    struct Row: Encodable, Sendable {
        let id: String
        let district: String
        let districtHref: String
        let name: String
        let unit: String
        let position: String
        let phone: String
        let certificate: String
        let active: Bool
        let conflicts: [String]
    }

    /// What a form shows, as typed.
    struct Values: Encodable, Sendable {
        var id = ""
        var name = ""
        var unit = ""
        var position = ""
        var phone = ""
        var certificateNumber = ""
        var active = true
        var conflicts = ""

        init() {}

        init(_ draft: InspectorDraft, id: String) {
            self.id = id
            name = draft.name
            unit = draft.unit
            position = draft.position
            phone = draft.phone
            certificateNumber = draft.certificateNumber
            active = draft.isActive
            conflicts = draft.conflicts.joined(separator: "\n")
        }
    }

    struct Content: Encodable, Sendable {
        let heading: String
        let districtCode: String
        let showDistrict: Bool
        let canManage: Bool
        let inspectors: [Row]
        let addForm: Values
        let editForm: Values?
        let errors: [String]
        let notice: String?
    }

    struct FormFields: ProtectedForm {
        let name: String
        let unit: String
        let position: String
        let phone: String
        let certificateNumber: String
        /// A checkbox: present when ticked.
        let active: String?
        let conflicts: String?
        let csrf: String?

        var draft: InspectorDraft {
            InspectorDraft(
                name: name, unit: unit, position: position, phone: phone, certificateNumber: certificateNumber,
                isActive: active != nil,
                conflicts: (conflicts ?? "").split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "，" }).map(String.init)
            )
        }
    }

    @Sendable static func showAll(req: Request) async throws -> Response {
        let language = req.language
        let names = Dictionary(uniqueKeysWithValues: try await req.store.accounts.districts().map { ($0.code, $0.name) })
        let rows = try await req.store.inspectors.inspectors().map { row($0, districtName: names[$0.district]) }
        let content = Content(
            heading: Phrase.inspectorsTitle.text(language), districtCode: "", showDistrict: true, canManage: false,
            inspectors: rows, addForm: Values(), editForm: nil, errors: [], notice: nil
        )
        return try await Page(title: .inspectorsTitle, content: content, request: req).render(on: req, template: "inspectors", status: .ok)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "saved"].map { Phrase.inspectorsSaved(name: $0).text(req.language) }
        let editing = req.query[String.self, at: "edit"].flatMap(UUID.init(uuidString:)).map(InspectorID.init(rawValue:))
        return try await render(on: req, editing: editing.map { ($0, InspectorDraft?.none) }, added: nil, errors: [], notice: notice, status: .ok)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let form = try req.decodeForm(FormFields.self)
        return try await req.submit {
            let inspector = try await InspectorCommands.add(form.draft, in: try InspectorParameters.districtCode(on: req), context: req.commandContext)
            return RegistryURL.inspectors(district: .value(inspector.district.rawValue)).path(["saved": inspector.name])
        } orShowAgain: { errors, status in
            try await render(on: req, editing: nil, added: form.draft, errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let form = try req.decodeForm(FormFields.self)
        return try await req.submit {
            let inspector = try await InspectorCommands.update(
                try InspectorParameters.inspectorID(on: req), in: try InspectorParameters.districtCode(on: req), with: form.draft,
                context: req.commandContext
            )
            return RegistryURL.inspectors(district: .value(inspector.district.rawValue)).path(["saved": inspector.name])
        } orShowAgain: { errors, status in
            let id = req.parameters.get("inspector").flatMap(UUID.init(uuidString:)).map(InspectorID.init(rawValue:))
            return try await render(on: req, editing: id.map { ($0, form.draft) }, added: nil, errors: errors, notice: nil, status: status)
        }
    }

    private static func render(
        on req: Request, editing: (InspectorID, InspectorDraft?)?, added: InspectorDraft?, errors: [String], notice: String?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let district = try await InspectorParameters.existingDistrict(on: req)
        let inspectors = try await req.store.inspectors.inspectors(in: district.code)
        let canManage = AccessPolicy.decide(req.actor, .manageInspectors, on: .district(district.code)) == .allow
        let editForm = editing.flatMap { pair -> Values? in
            let (id, typed) = pair
            guard canManage, let inspector = inspectors.first(where: { $0.id == id }) else { return nil }
            return Values(typed ?? draft(of: inspector), id: id.description)
        }
        let content = Content(
            heading: Phrase.inspectorsDistrictTitle(district: district.name).text(req.language),
            districtCode: district.code.rawValue, showDistrict: false, canManage: canManage,
            inspectors: inspectors.map { row($0, districtName: district.name) },
            addForm: added.map { Values($0, id: "") } ?? Values(), editForm: editForm, errors: errors, notice: notice
        )
        return try await Page(title: .inspectorsTitle, content: content, request: req).render(on: req, template: "inspectors", status: status)
    }

    private static func row(_ inspector: Inspector, districtName: String?) -> Row {
        Row(
            id: inspector.id.description, district: districtName ?? inspector.district.rawValue,
            districtHref: RegistryURL.inspectors(district: .value(inspector.district.rawValue)).path, name: inspector.name, unit: inspector.unit,
            position: inspector.position, phone: inspector.phone, certificate: inspector.certificateNumber.rawValue,
            active: inspector.isActive, conflicts: inspector.conflicts.map(\.rawValue)
        )
    }

    private static func draft(of inspector: Inspector) -> InspectorDraft {
        InspectorDraft(
            name: inspector.name, unit: inspector.unit, position: inspector.position, phone: inspector.phone,
            certificateNumber: inspector.certificateNumber.rawValue, isActive: inspector.isActive,
            conflicts: inspector.conflicts.map(\.rawValue)
        )
    }
}
