import Foundation

/// A product category as typed into a form or an API body, before any check.
public struct ProductCategoryDraft: Sendable {
    public var code: String
    public var name: String
    public var issuingLevel: String
    public var simplifiedProcedure: Bool

    public init(code: String, name: String, issuingLevel: String, simplifiedProcedure: Bool) {
        self.code = code
        self.name = name
        self.issuingLevel = issuingLevel
        self.simplifiedProcedure = simplifiedProcedure
    }
}

extension CatalogueRules {
    public static let categoryNameLength = 1...40

    public static func validate(_ draft: ProductCategoryDraft) throws(InvalidInput) -> ProductCategory {
        var issues: [FieldIssue] = []
        let codeText = draft.code.trimmingWhitespace()
        let code = ProductCategoryCode(rawValue: codeText)
        if code == nil { issues.append(FieldIssue(field: "code", problem: codeText.isEmpty ? .missing : .invalidFormat)) }
        let name = TextRules.trimmed(draft.name)
        if let problem = TextRules.lengthProblem(name, allowed: categoryNameLength) {
            issues.append(FieldIssue(field: "name", problem: problem))
        }
        let level = IssuingLevel(rawValue: draft.issuingLevel)
        if level == nil {
            issues.append(FieldIssue(field: "issuingLevel", problem: draft.issuingLevel.isEmpty ? .missing : .unknownValue(draft.issuingLevel)))
        }
        try InvalidInput.check(issues)
        return ProductCategory(code: code!, name: name, issuingLevel: level!, simplifiedProcedure: draft.simplifiedProcedure)
    }

    /// A new category: its code and its name must both be free.
    public static func addCategory(
        _ category: ProductCategory, to catalogue: ProductCatalogue, version: Int, by actor: ActorReference, at now: Date
    ) throws(CatalogueError) -> (ProductCategory, DomainEvent) {
        guard catalogue.category(category.code) == nil else { throw .categoryCodeTaken(category.code) }
        try checkNameFree(category, in: catalogue)
        return (category, event(.catalogueCategoryAdded, category, version: version, by: actor, at: now))
    }

    /// A category renamed, moved to another issuing level or switched to or
    /// from the simplified procedure; its code, which licence numbers carry,
    /// never changes.
    public static func editCategory(
        _ category: ProductCategory, in catalogue: ProductCatalogue, version: Int, by actor: ActorReference, at now: Date
    ) throws(CatalogueError) -> (ProductCategory, DomainEvent) {
        guard let existing = catalogue.category(category.code) else { throw .unknownCategory(category.code) }
        guard category != existing else { throw .unchanged }
        try checkNameFree(category, in: catalogue)
        return (category, event(.catalogueCategoryEdited, category, version: version, by: actor, at: now))
    }

    private static func checkNameFree(_ category: ProductCategory, in catalogue: ProductCatalogue) throws(CatalogueError) {
        if catalogue.categories.contains(where: { $0.code != category.code && $0.name == category.name }) {
            throw .categoryNameTaken(category.name)
        }
    }
}
