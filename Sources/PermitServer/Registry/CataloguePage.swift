import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The product catalogue page: everyone signed in reads it, at the current
/// or a past version; the city bureau edits units and the simplified flag.
enum CataloguePage {
    struct UnitRow: Encodable, Sendable {
        let id: String
        let name: String
        let rules: String
        let risk: String
        let testItems: String
    }

    struct CategoryRow: Encodable, Sendable {
        let code: String
        let name: String
        let level: String
        let simplified: String
        let toggleTo: String
        let toggleLabel: String
        let units: [UnitRow]
    }

    /// What the add or edit form shows, as typed.
    struct UnitForm: Encodable, Sendable {
        var id = ""
        var name = ""
        var rules = ""
        /// One test item per line.
        var testItems = ""
        var categories: [UsersPage.Option] = []
        var risks: [UsersPage.Option] = []
    }

    /// What the category add or edit form shows, as typed.
    struct CategoryForm: Encodable, Sendable {
        var code = ""
        var name = ""
        var simplified = false
        var levels: [UsersPage.Option] = []
    }

    struct Content: Encodable, Sendable {
        let version: String
        let pastNotice: String?
        let canEdit: Bool
        let categories: [CategoryRow]
        let addForm: UnitForm
        let editForm: UnitForm?
        let addCategoryForm: CategoryForm
        let editCategoryForm: CategoryForm?
        let errors: [String]
        let notice: String?
    }

    struct UnitFormFields: ProtectedForm {
        let category: String
        let name: String
        let implementationRules: String
        let riskLevel: String
        /// One per line.
        let testItems: String?
        let csrf: String?

        var draft: ProductUnitDraft {
            ProductUnitDraft(
                category: category, name: name, implementationRules: implementationRules, riskLevel: riskLevel,
                testItems: (testItems ?? "").components(separatedBy: .newlines)
            )
        }
    }

    struct CategoryFormFields: ProtectedForm {
        let code: String?
        let name: String
        let issuingLevel: String
        /// A checkbox: present when ticked.
        let simplified: String?
        let csrf: String?

        var draft: ProductCategoryDraft {
            ProductCategoryDraft(code: code ?? "", name: name, issuingLevel: issuingLevel, simplifiedProcedure: simplified != nil)
        }
    }

    struct SimplifiedFormFields: ProtectedForm {
        let simplified: String
        let csrf: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let version = try CatalogueParameters.requestedVersion(on: req)
        let notice = req.query[Int.self, at: "saved"].map { Phrase.catalogueSaved(version: $0).text(req.language) }
        let editing = req.query[String.self, at: "edit"].flatMap(UUID.init(uuidString:)).map(ProductUnitID.init(rawValue:))
        let editingCategory = req.query[String.self, at: "editCategory"].flatMap(ProductCategoryCode.init(rawValue:))
        return try await render(
            on: req, version: version, editing: editing.map { ($0, ProductUnitDraft?.none) }, added: nil,
            category: editingCategory.map { .editing($0, nil) }, errors: [], notice: notice, status: .ok
        )
    }

    @Sendable static func addCategory(req: Request) async throws -> Response {
        let form = try req.decodeForm(CategoryFormFields.self)
        return try await req.submit {
            RegistryURL.catalogue.path(["saved": try await CatalogueCommands.addCategory(form.draft, in: req.commandContext).version])
        } orShowAgain: { errors, status in
            try await render(on: req, version: nil, editing: nil, added: nil, category: .adding(form.draft), errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func editCategory(req: Request) async throws -> Response {
        let form = try req.decodeForm(CategoryFormFields.self)
        let code = try CatalogueParameters.categoryCode(on: req)
        return try await req.submit {
            RegistryURL.catalogue.path(["saved": try await CatalogueCommands.editCategory(code, with: form.draft, in: req.commandContext).version])
        } orShowAgain: { errors, status in
            try await render(
                on: req, version: nil, editing: nil, added: nil, category: .editing(code, form.draft), errors: errors, notice: nil, status: status
            )
        }
    }

    /// Which category form is open and what was typed into it.
    enum CategoryFormState {
        case adding(ProductCategoryDraft)
        case editing(ProductCategoryCode, ProductCategoryDraft?)
    }

    @Sendable static func addUnit(req: Request) async throws -> Response {
        let form = try req.decodeForm(UnitFormFields.self)
        return try await req.submit {
            RegistryURL.catalogue.path(["saved": try await CatalogueCommands.addUnit(form.draft, in: req.commandContext).version])
        } orShowAgain: { errors, status in
            try await render(on: req, version: nil, editing: nil, added: form.draft, errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func editUnit(req: Request) async throws -> Response {
        let form = try req.decodeForm(UnitFormFields.self)
        let id = try CatalogueParameters.unitID(on: req)
        return try await req.submit {
            RegistryURL.catalogue.path(["saved": try await CatalogueCommands.editUnit(id, with: form.draft, in: req.commandContext).version])
        } orShowAgain: { errors, status in
            try await render(on: req, version: nil, editing: (id, form.draft), added: nil, errors: errors, notice: nil, status: status)
        }
    }

    @Sendable static func setSimplified(req: Request) async throws -> Response {
        let form = try req.decodeForm(SimplifiedFormFields.self)
        let change = try await CatalogueCommands.setSimplified(
            form.simplified == "true", for: try CatalogueParameters.categoryCode(on: req), in: req.commandContext
        )
        return req.redirect(to: RegistryURL.catalogue.path(["saved": change.version]))
    }

    private static func render(
        on req: Request, version: Int?, editing: (ProductUnitID, ProductUnitDraft?)?, added: ProductUnitDraft?,
        category: CategoryFormState? = nil, errors: [String], notice: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let current = try await req.store.catalogue.currentVersion()
        let catalogue = try await req.store.catalogue.catalogue(at: version)
        let isPast = catalogue.version != current
        let canEdit = !isPast && AccessPolicy.decide(req.actor, .manageCatalogue, on: .installation) == .allow
        let rows = catalogue.categories.map { category in
            CategoryRow(
                code: category.code.rawValue, name: category.name, level: category.issuingLevel.phrase.text(language),
                simplified: (category.simplifiedProcedure ? Phrase.catalogueSimplifiedYes : .catalogueSimplifiedNo).text(language),
                toggleTo: category.simplifiedProcedure ? "false" : "true",
                toggleLabel: (category.simplifiedProcedure ? Phrase.catalogueToggleOff : .catalogueToggleOn).text(language),
                units: catalogue.units(in: category.code).map {
                    UnitRow(
                        id: $0.id.description, name: $0.name, rules: $0.implementationRules, risk: $0.riskLevel.phrase.text(language),
                        testItems: $0.testItems.joined(separator: "、")
                    )
                }
            )
        }
        func form(_ draft: ProductUnitDraft?, id: ProductUnitID? = nil) -> UnitForm {
            UnitForm(
                id: id?.description ?? "", name: draft?.name ?? "", rules: draft?.implementationRules ?? "",
                testItems: draft?.testItems.joined(separator: "\n") ?? "",
                categories: catalogue.categories.map {
                    UsersPage.Option(value: $0.code.rawValue, label: "\($0.code) \($0.name)", selected: $0.code.rawValue == draft?.category)
                },
                risks: ProductRiskLevel.allCases.map {
                    UsersPage.Option(value: $0.rawValue, label: $0.phrase.text(language), selected: $0.rawValue == (draft?.riskLevel ?? "III"))
                }
            )
        }
        let editForm = editing.flatMap { pair -> UnitForm? in
            let (id, typed) = pair
            guard canEdit, let unit = catalogue.unit(id) else { return nil }
            let draft = typed ?? ProductUnitDraft(
                category: unit.category.rawValue, name: unit.name, implementationRules: unit.implementationRules, riskLevel: unit.riskLevel.rawValue,
                testItems: unit.testItems
            )
            return form(draft, id: id)
        }
        func categoryForm(_ draft: ProductCategoryDraft?) -> CategoryForm {
            CategoryForm(
                code: draft?.code ?? "", name: draft?.name ?? "", simplified: draft?.simplifiedProcedure ?? true,
                levels: IssuingLevel.allCases.map {
                    UsersPage.Option(value: $0.rawValue, label: $0.phrase.text(language), selected: $0.rawValue == (draft?.issuingLevel ?? "provincial"))
                }
            )
        }
        var addCategoryForm = categoryForm(nil)
        var editCategoryForm: CategoryForm?
        switch category {
        case .adding(let draft): addCategoryForm = categoryForm(draft)
        case .editing(let code, let typed):
            if canEdit, let existing = catalogue.category(code) {
                var draft = typed ?? ProductCategoryDraft(
                    code: "", name: existing.name, issuingLevel: existing.issuingLevel.rawValue, simplifiedProcedure: existing.simplifiedProcedure
                )
                draft.code = code.rawValue
                editCategoryForm = categoryForm(draft)
            }
        case nil: break
        }
        let content = Content(
            version: Phrase.catalogueVersion(version: catalogue.version).text(language),
            pastNotice: isPast ? Phrase.catalogueViewingPast(version: catalogue.version, current: current).text(language) : nil,
            canEdit: canEdit, categories: rows, addForm: form(added), editForm: editForm,
            addCategoryForm: addCategoryForm, editCategoryForm: editCategoryForm, errors: errors, notice: notice
        )
        return try await Page(title: .catalogueTitle, content: content, request: req).render(on: req, template: "catalogue", status: status)
    }
}
