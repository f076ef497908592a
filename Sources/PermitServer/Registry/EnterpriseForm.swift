import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// Registering and editing an enterprise on a page, through the same
/// commands, rules and ledger as the API.
enum EnterpriseForm {
    struct Field: Encodable, Sendable {
        let name: String
        let label: String
        let value: String
        let required: Bool
        /// A district field is chosen by name from these.
        var options: [UsersPage.Option] = []
        var isChoice = false
        /// Kept by another district (`EnterpriseEditRights`): shown, sent
        /// back unchanged, not editable.
        var readOnly = false
    }

    struct Content: Encodable, Sendable {
        let heading: String
        let action: String
        let cancelHref: String
        let fields: [Field]
        let errors: [String]
    }

    /// Every column of the draft, by its import name, plus the form token.
    struct Fields: ProtectedForm {
        let values: [String: String]
        var csrf: String? { values["csrf"] }

        init(from decoder: any Decoder) throws {
            values = try [String: String](from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            try values.encode(to: encoder)
        }

        var draft: EnterpriseDraft {
            var draft = EnterpriseDraft()
            for column in EnterpriseColumn.allCases { column.assign(values[column.rawValue] ?? "", to: &draft) }
            // Further sites are numbered from 2 on, as the form shows them; a
            // pair left blank (the form's spare one) is no site.
            var number = 2
            while let address = values[siteFieldName(.productionAddress, number)],
                  let district = values[siteFieldName(.productionDistrict, number)] {
                if !(address + district).trimmingWhitespace().isEmpty {
                    draft.otherProductionSites.append(ProductionSiteDraft(address: address, district: district))
                }
                number += 1
            }
            return draft
        }
    }

    /// `productionAddress2`: the form's name of a site's field beyond the
    /// first. Without brackets, which Vapor's form decoder would read as
    /// nesting.
    static func siteFieldName(_ column: EnterpriseColumn, _ number: Int) -> String {
        column.rawValue + String(number)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        try await render(on: req, editing: nil, draft: EnterpriseDraft(), errors: [], status: .ok)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let enterprise = try await EnterprisesAPIController.visibleEnterprise(req, for: .manageEnterprises)
        return try await render(on: req, editing: enterprise, draft: EnterpriseDraft(editing: enterprise), errors: [], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let draft = try req.decodeForm(Fields.self).draft
        return try await req.submit {
            RegistryURL.enterprise(.value(try await EnterpriseCommands.register(draft, in: req.commandContext).id.description)).path(["saved": 1])
        } orShowAgain: { errors, status in
            try await render(on: req, editing: nil, draft: draft, errors: errors, status: status)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let current = try await EnterprisesAPIController.visibleEnterprise(req, for: .manageEnterprises)
        let draft = try req.decodeForm(Fields.self).draft
        return try await req.submit {
            RegistryURL.enterprise(.value(try await EnterpriseCommands.update(current.id, with: draft, in: req.commandContext).id.description)).path(["saved": 1])
        } orShowAgain: { errors, status in
            try await render(on: req, editing: current, draft: draft, errors: errors, status: status)
        }
    }

    private static func render(
        on req: Request, editing: Enterprise?, draft: EnterpriseDraft, errors: [String], status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        func label(_ column: EnterpriseColumn) -> String { language == .zhHans ? column.chineseHeader : column.englishLabel }
        let districts = try await req.store.accounts.districts().filter { $0.level == .district }
        func choices(_ value: String) -> [UsersPage.Option] {
            [UsersPage.Option(value: "", label: "—", selected: value.isEmpty)] + districts.map {
                UsersPage.Option(value: $0.code.rawValue, label: $0.name, selected: $0.code.rawValue == value)
            }
        }
        func mayEdit(_ district: String) -> Bool {
            guard editing != nil, let code = DistrictCode(rawValue: district) else { return true }
            return AccessPolicy.decide(req.actor, .manageEnterprises, on: .district(code)) == .allow
        }
        let keepsRegistration = editing.map { mayEdit($0.registeredDistrict.rawValue) } ?? true
        func field(_ column: EnterpriseColumn, name: String, label: String, value: String, required: Bool, site: String?) -> Field {
            var field = Field(name: name, label: label, value: value, required: required)
            if column.isDistrict { (field.options, field.isChoice) = (choices(value), true) }
            field.readOnly = column.isRegistration ? !keepsRegistration : site.map { !mayEdit($0) } ?? false
            return field
        }
        // Every further site, and a spare pair to add one.
        let sites = draft.otherProductionSites + [ProductionSiteDraft(address: "", district: "")]
        let fields = EnterpriseColumn.allCases.flatMap { column -> [Field] in
            let site = column == .productionAddress || column == .productionDistrict ? draft.productionDistrict : nil
            let first = field(column, name: column.rawValue, label: label(column), value: column.value(in: draft), required: column.isRequired, site: site)
            guard column == .productionDistrict else { return [first] }
            return [first] + sites.enumerated().flatMap { position, site -> [Field] in
                [(EnterpriseColumn.productionAddress, site.address), (.productionDistrict, site.district)].map { column, value in
                    field(column, name: siteFieldName(column, position + 2), label: "\(label(column)) \(position + 2)", value: value,
                          required: false, site: site.district)
                }
            }
        }
        let content = Content(
            heading: editing.map { Phrase.enterprisesEdit.text(language) + "：" + $0.name } ?? Phrase.enterprisesNew.text(language),
            action: (editing.map { RegistryURL.enterprise(.value($0.id.description)) } ?? RegistryURL.enterprises).path,
            cancelHref: (editing.map { RegistryURL.enterprise(.value($0.id.description)) } ?? RegistryURL.enterprises).path,
            fields: fields, errors: errors
        )
        let title: Phrase = editing == nil ? .enterprisesNew : .enterprisesEdit
        return try await Page(title: title, content: content, request: req).render(on: req, template: "enterprise-form", status: status)
    }
}
