import PermitCore

extension Problem {
    init(_ error: CatalogueError) {
        switch error {
        case .unknownVersion(let version):
            self.init(kind: .notFound, detail: .problemCatalogueUnknownVersion, arguments: ["version": String(version)])
        case .unknownCategory(let code):
            self.init(kind: .invalidInput, detail: .problemCatalogueUnknownCategory, arguments: ["code": code.rawValue],
                      issues: [FieldIssue(field: "category", problem: .unknownValue(code.rawValue))])
        case .unknownUnit:
            self.init(kind: .notFound, detail: .problemCatalogueUnknownUnit)
        case .unitNameTaken(let name, let code):
            self.init(kind: .conflict, detail: .problemCatalogueUnitNameTaken, arguments: ["name": name, "code": code.rawValue],
                      issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .categoryCodeTaken(let code):
            self.init(kind: .conflict, detail: .problemCatalogueCategoryCodeTaken, arguments: ["code": code.rawValue],
                      issues: [FieldIssue(field: "code", problem: .notAllowed)])
        case .categoryNameTaken(let name):
            self.init(kind: .conflict, detail: .problemCatalogueCategoryNameTaken, arguments: ["name": name],
                      issues: [FieldIssue(field: "name", problem: .notAllowed)])
        case .unchanged:
            self.init(kind: .conflict, detail: .problemNothingChanged)
        case .alreadyInstalled:
            self.init(kind: .conflict, detail: .problemCatalogueAlreadyInstalled)
        }
    }

    init(_ error: InspectorError) {
        switch error {
        case .certificateTaken(let number):
            self.init(kind: .conflict, detail: .problemCertificateTaken, arguments: ["number": number.rawValue],
                      issues: [FieldIssue(field: "certificateNumber", problem: .notAllowed)])
        case .unknownInspector:
            self.init(kind: .notFound, detail: .problemUnknownInspector)
        case .unknownDistrict(let code):
            self.init(kind: .notFound, detail: .problemUnknownDistrict, arguments: ["code": code.rawValue])
        case .unchanged:
            self.init(kind: .conflict, detail: .problemNothingChanged)
        }
    }
}
