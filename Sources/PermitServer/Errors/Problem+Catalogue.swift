import PermitCore

extension CatalogueError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .unknownVersion(let version):
            Problem(kind: .notFound, detail: .problemCatalogueUnknownVersion, arguments: ["version": String(version)])
        case .unknownCategory(let code):
            Problem(kind: .invalidInput, detail: .problemCatalogueUnknownCategory, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "category", problem: .unknownValue(code.rawValue))])
        case .unknownUnit:
            Problem(kind: .notFound, detail: .problemCatalogueUnknownUnit)
        case .unitNameTaken(let name, let code):
            Problem(kind: .conflict, detail: .problemCatalogueUnitNameTaken, arguments: ["name": name, "code": code.rawValue],
                    issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .categoryCodeTaken(let code):
            Problem(kind: .conflict, detail: .problemCatalogueCategoryCodeTaken, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "code", problem: .notAllowed)])
        case .categoryNameTaken(let name):
            Problem(kind: .conflict, detail: .problemCatalogueCategoryNameTaken, arguments: ["name": name],
                    issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .unchanged:
            Problem(kind: .conflict, detail: .problemNothingChanged)
        case .alreadyInstalled:
            Problem(kind: .conflict, detail: .problemCatalogueAlreadyInstalled)
        }
    }
}
