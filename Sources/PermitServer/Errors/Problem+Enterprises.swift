import PermitCommands
import PermitCore
import PermitStore

extension ImportFileError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .empty: Problem(kind: .invalidInput, detail: .problemImportEmpty)
        case .unknownEncoding: Problem(kind: .invalidInput, detail: .problemImportEncoding)
        case .tooLarge(let limit): Problem(kind: .payloadTooLarge, detail: .problemImportTooLarge, arguments: ["limit": String(limit)])
        case .missingColumns(let columns):
            Problem(kind: .invalidInput, detail: .problemImportMissingColumns, arguments: ["columns": columns.joined(separator: "、")])
        case .unknownColumn(let column): Problem(kind: .invalidInput, detail: .problemImportUnknownColumn, arguments: ["column": column])
        case .duplicateColumn(let column): Problem(kind: .invalidInput, detail: .problemImportDuplicateColumn, arguments: ["column": column])
        case .malformedCSV(let line): Problem(kind: .invalidInput, detail: .problemImportMalformed, arguments: ["line": String(line)])
        case .unclosedQuote(let line): Problem(kind: .invalidInput, detail: .problemImportUnclosedQuote, arguments: ["line": String(line)])
        case .spreadsheet: Problem(kind: .unsupportedMediaType, detail: .problemImportSpreadsheet)
        }
    }
}

extension EnterpriseError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .creditCodeTaken(let code):
            Problem(kind: .conflict, detail: .problemCreditCodeTaken, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "creditCode", problem: .duplicate(line: nil))])
        case .licenseNumberTaken(let number):
            Problem(kind: .conflict, detail: .problemLicenseTaken, arguments: ["number": number],
                    issues: [FieldIssue(field: "licenseNumber", problem: .duplicate(line: nil))])
        case .unknownDistrict(let code):
            Problem(kind: .invalidInput, detail: .problemUnknownDistrict, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "district", problem: .unknownValue(code.rawValue))])
        case .unknownEnterprise:
            Problem(kind: .notFound, detail: .problemUnknownEnterprise)
        case .keptByAnotherDistrict(.registration, let keeper):
            Problem(kind: .forbidden, detail: .problemRegistrationKeptElsewhere, arguments: ["district": keeper.rawValue])
        case .keptByAnotherDistrict(.productionSites, let keeper):
            Problem(kind: .forbidden, detail: .problemSitesKeptElsewhere, arguments: ["district": keeper.rawValue])
        }
    }
}

extension KeptByAnotherDistrict: ProblemConvertible {
    var problem: Problem {
        var problem = EnterpriseError.keptByAnotherDistrict(part, keeper: keeper).problem
        problem.arguments["district"] = keeperName
        return problem
    }
}
