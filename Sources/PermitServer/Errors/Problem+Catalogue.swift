import PermitCore

extension CatalogueError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .unknownVersion(let version):
            Problem(kind: .notFound, detail: Phrase.problemCatalogueUnknownVersion(version: version))
        case .unknownCategory(let code):
            Problem(kind: .invalidInput, detail: Phrase.problemCatalogueUnknownCategory(code: code),
                    issues: [FieldIssue(field: "category", problem: .unknownValue(code.rawValue))])
        case .unknownUnit:
            Problem(kind: .notFound, detail: .problemCatalogueUnknownUnit)
        case .unitNameTaken(let name, let code):
            Problem(kind: .conflict, detail: Phrase.problemCatalogueUnitNameTaken(name: name, category: code),
                    issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .categoryCodeTaken(let code):
            Problem(kind: .conflict, detail: Phrase.problemCatalogueCategoryCodeTaken(code: code),
                    issues: [FieldIssue(field: "code", problem: .notAllowed)])
        case .categoryNameTaken(let name):
            Problem(kind: .conflict, detail: Phrase.problemCatalogueCategoryNameTaken(name: name),
                    issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .unchanged:
            Problem(kind: .conflict, detail: .problemNothingChanged)
        case .alreadyInstalled:
            Problem(kind: .conflict, detail: .problemCatalogueAlreadyInstalled)
        }
    }
}
