import PermitCore
import PermitStore

extension Problem {
    init(_ error: ImportFileError) {
        switch error {
        case .empty: self.init(kind: .invalidInput, detail: .problemImportEmpty)
        case .unknownEncoding: self.init(kind: .invalidInput, detail: .problemImportEncoding)
        case .tooLarge(let limit): self.init(kind: .payloadTooLarge, detail: .problemImportTooLarge, arguments: ["limit": String(limit)])
        case .missingColumns(let columns):
            self.init(kind: .invalidInput, detail: .problemImportMissingColumns, arguments: ["columns": columns.joined(separator: "、")])
        case .unknownColumn(let column): self.init(kind: .invalidInput, detail: .problemImportUnknownColumn, arguments: ["column": column])
        case .duplicateColumn(let column): self.init(kind: .invalidInput, detail: .problemImportDuplicateColumn, arguments: ["column": column])
        case .malformedCSV(let line): self.init(kind: .invalidInput, detail: .problemImportMalformed, arguments: ["line": String(line)])
        case .unclosedQuote(let line): self.init(kind: .invalidInput, detail: .problemImportUnclosedQuote, arguments: ["line": String(line)])
        case .spreadsheet: self.init(kind: .unsupportedMediaType, detail: .problemImportSpreadsheet)
        }
    }

    init(_ error: EnterpriseError) {
        switch error {
        case .creditCodeTaken(let code):
            self.init(kind: .conflict, detail: .problemCreditCodeTaken, arguments: ["code": code.rawValue],
                      issues: [FieldIssue(field: "creditCode", problem: .duplicate(line: nil))])
        case .licenseNumberTaken(let number):
            self.init(kind: .conflict, detail: .problemLicenseTaken, arguments: ["number": number],
                      issues: [FieldIssue(field: "licenseNumber", problem: .duplicate(line: nil))])
        case .unknownDistrict(let code):
            self.init(kind: .invalidInput, detail: .problemUnknownDistrict, arguments: ["code": code.rawValue],
                      issues: [FieldIssue(field: "district", problem: .unknownValue(code.rawValue))])
        case .unknownEnterprise:
            self.init(kind: .notFound, detail: .problemUnknownEnterprise)
        case .keptByAnotherDistrict(.registration, let keeper):
            self.init(kind: .forbidden, detail: .problemRegistrationKeptElsewhere, arguments: ["district": keeper.rawValue])
        case .keptByAnotherDistrict(.productionSites, let keeper):
            self.init(kind: .forbidden, detail: .problemSitesKeptElsewhere, arguments: ["district": keeper.rawValue])
        }
    }
}
