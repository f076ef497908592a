import Foundation

/// A product unit as typed into a form or an API body, before any check.
public struct ProductUnitDraft: Sendable {
    public var category: String
    public var name: String
    public var implementationRules: String
    public var riskLevel: String
    public var testItems: [String]

    public init(category: String, name: String, implementationRules: String, riskLevel: String, testItems: [String] = []) {
        self.category = category
        self.name = name
        self.implementationRules = implementationRules
        self.riskLevel = riskLevel
        self.testItems = testItems
    }
}

/// A unit draft whose every field has the right form; whether the category
/// exists is for the catalogue to answer.
public struct ValidProductUnit: Hashable, Sendable {
    public var category: ProductCategoryCode
    public var name: String
    public var implementationRules: String
    public var riskLevel: ProductRiskLevel
    public var testItems: [String]

    func unit(_ id: ProductUnitID) -> ProductUnit {
        ProductUnit(id: id, category: category, name: name, implementationRules: implementationRules, riskLevel: riskLevel, testItems: testItems)
    }
}

/// The rules for editing the product catalogue (LIC-1). Every edit yields the
/// new revision and its event; the version is allocated by the store, inside
/// the transaction that writes it.
public enum CatalogueRules {
    public static let unitNameLength = 1...60
    public static let rulesLength = 1...120
    public static let testItemLength = 1...60
    public static let testItemsMaximum = 60

    public static func validate(_ draft: ProductUnitDraft) throws(InvalidInput) -> ValidProductUnit {
        var issues: [FieldIssue] = []
        let categoryText = draft.category.trimmingWhitespace()
        let category = ProductCategoryCode(rawValue: categoryText)
        if category == nil {
            issues.append(FieldIssue(field: "category", problem: categoryText.isEmpty ? .missing : .invalidFormat))
        }
        let name = TextRules.trimmed(draft.name)
        if let problem = TextRules.lengthProblem(name, allowed: unitNameLength) {
            issues.append(FieldIssue(field: "name", problem: problem))
        }
        let rules = TextRules.trimmed(draft.implementationRules)
        if let problem = TextRules.lengthProblem(rules, allowed: rulesLength) {
            issues.append(FieldIssue(field: "implementationRules", problem: problem))
        }
        let risk = ProductRiskLevel(rawValue: draft.riskLevel)
        if risk == nil {
            issues.append(FieldIssue(field: "riskLevel", problem: draft.riskLevel.isEmpty ? .missing : .unknownValue(draft.riskLevel)))
        }
        let items = draft.testItems.map(TextRules.trimmed).filter { !$0.isEmpty }
        if items.count > testItemsMaximum {
            issues.append(FieldIssue(field: "testItems", problem: .outOfRange(minimum: 0, maximum: testItemsMaximum)))
        }
        for (index, item) in items.enumerated() {
            if let problem = TextRules.lengthProblem(item, allowed: testItemLength) {
                issues.append(FieldIssue(field: "testItems[\(index)]", problem: problem))
            } else if item.contains(where: \.isNewline) {
                // Each item is a line of its own where the store keeps them.
                issues.append(FieldIssue(field: "testItems[\(index)]", problem: .invalidFormat))
            } else if items[..<index].contains(item) {
                issues.append(FieldIssue(field: "testItems[\(index)]", problem: .duplicate(line: nil)))
            }
        }
        try InvalidInput.check(issues)
        return ValidProductUnit(category: category!, name: name, implementationRules: rules, riskLevel: risk!, testItems: items)
    }

    public static func addUnit(
        _ valid: ValidProductUnit, id: ProductUnitID, to catalogue: ProductCatalogue, version: Int,
        by actor: ActorReference, at now: Date
    ) throws(CatalogueError) -> (ProductUnit, DomainEvent) {
        guard catalogue.category(valid.category) != nil else { throw .unknownCategory(valid.category) }
        let unit = valid.unit(id)
        try checkNameFree(unit, in: catalogue)
        return (unit, event(.catalogueUnitAdded, unit, version: version, by: actor, at: now))
    }

    public static func editUnit(
        _ id: ProductUnitID, to valid: ValidProductUnit, in catalogue: ProductCatalogue, version: Int,
        by actor: ActorReference, at now: Date
    ) throws(CatalogueError) -> (ProductUnit, DomainEvent) {
        guard let existing = catalogue.unit(id) else { throw .unknownUnit(id) }
        guard catalogue.category(valid.category) != nil else { throw .unknownCategory(valid.category) }
        let unit = valid.unit(id)
        guard unit != existing else { throw .unchanged }
        try checkNameFree(unit, in: catalogue)
        return (unit, event(.catalogueUnitEdited, unit, version: version, by: actor, at: now))
    }

    /// Switches the simplified procedure on or off for a whole category.
    public static func setSimplified(
        _ simplified: Bool, for code: ProductCategoryCode, in catalogue: ProductCatalogue, version: Int,
        by actor: ActorReference, at now: Date
    ) throws(CatalogueError) -> (ProductCategory, DomainEvent) {
        guard var category = catalogue.category(code) else { throw .unknownCategory(code) }
        guard category.simplifiedProcedure != simplified else { throw .unchanged }
        category.simplifiedProcedure = simplified
        return (category, event(.catalogueCategoryEdited, category, version: version, by: actor, at: now))
    }

    /// The events that install `catalogue` as version 1 of an empty catalogue.
    public static func install(_ catalogue: ProductCatalogue, by actor: ActorReference, at now: Date) -> [DomainEvent] {
        catalogue.categories.map { event(.catalogueCategoryAdded, $0, version: 1, by: actor, at: now) }
            + catalogue.units.map { event(.catalogueUnitAdded, $0, version: 1, by: actor, at: now) }
    }

    // MARK: ledger

    public static let categorySubjectKind = "catalogue_category"
    public static let unitSubjectKind = "catalogue_unit"

    /// A revision is its own ledger subject (`06-001@3`): revisions never
    /// change, and each old one is what the cases begun at its version rely on.
    public static func subjectID(_ id: String, version: Int) -> String { "\(id)@\(version)" }

    public static func ledgerFields(of category: ProductCategory, version: Int) -> [String: String] {
        [
            "version": String(version), "code": category.code.rawValue, "name": category.name,
            "issuingLevel": category.issuingLevel.rawValue, "simplified": category.simplifiedProcedure ? "true" : "false",
        ]
    }

    /// The test items only when listed, so the entries of units recorded
    /// before units had them still describe their rows.
    public static func ledgerFields(of unit: ProductUnit, version: Int) -> [String: String] {
        var fields = [
            "version": String(version), "unit": unit.id.description, "category": unit.category.rawValue, "name": unit.name,
            "implementationRules": unit.implementationRules, "riskLevel": unit.riskLevel.rawValue,
        ]
        if !unit.testItems.isEmpty { fields["testItems"] = unit.testItems.joined(separator: "\n") }
        return fields
    }

    private static func checkNameFree(_ unit: ProductUnit, in catalogue: ProductCatalogue) throws(CatalogueError) {
        if catalogue.units(in: unit.category).contains(where: { $0.id != unit.id && $0.name == unit.name }) {
            throw .unitNameTaken(unit.name, in: unit.category)
        }
    }

    static func event(
        _ kind: DomainEvent.Kind, _ category: ProductCategory, version: Int, by actor: ActorReference, at now: Date
    ) -> DomainEvent {
        DomainEvent(
            kind: kind, actor: actor, subject: .init(kind: categorySubjectKind, id: subjectID(category.code.rawValue, version: version)),
            occurredAt: now, fields: ledgerFields(of: category, version: version)
        )
    }

    private static func event(
        _ kind: DomainEvent.Kind, _ unit: ProductUnit, version: Int, by actor: ActorReference, at now: Date
    ) -> DomainEvent {
        DomainEvent(
            kind: kind, actor: actor, subject: .init(kind: unitSubjectKind, id: subjectID(unit.id.description, version: version)),
            occurredAt: now, fields: ledgerFields(of: unit, version: version)
        )
    }
}

extension DomainEvent.Kind {
    public static let catalogueCategoryAdded = Self(rawValue: "catalogue.category_added")
    public static let catalogueCategoryEdited = Self(rawValue: "catalogue.category_edited")
    public static let catalogueUnitAdded = Self(rawValue: "catalogue.unit_added")
    public static let catalogueUnitEdited = Self(rawValue: "catalogue.unit_edited")
}
