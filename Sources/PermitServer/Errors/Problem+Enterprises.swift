import PermitCommands
import PermitCore
import PermitStore

extension ImportFileError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .empty: Problem(kind: .invalidInput, detail: .problemImportEmpty)
        case .unknownEncoding: Problem(kind: .invalidInput, detail: .problemImportEncoding)
        case .tooLarge(let limit): Problem(kind: .payloadTooLarge, detail: Phrase.problemImportTooLarge(limit: limit))
        case .missingColumns(let columns):
            Problem(kind: .invalidInput, detail: Phrase.problemImportMissingColumns(columns: columns))
        case .unknownColumn(let column): Problem(kind: .invalidInput, detail: Phrase.problemImportUnknownColumn(column: column))
        case .duplicateColumn(let column): Problem(kind: .invalidInput, detail: Phrase.problemImportDuplicateColumn(column: column))
        case .malformedCSV(let line): Problem(kind: .invalidInput, detail: Phrase.problemImportMalformed(line: line))
        case .unclosedQuote(let line): Problem(kind: .invalidInput, detail: Phrase.problemImportUnclosedQuote(line: line))
        case .spreadsheet: Problem(kind: .unsupportedMediaType, detail: .problemImportSpreadsheet)
        }
    }
}

extension EnterpriseError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .creditCodeTaken(let code):
            Problem(kind: .conflict, detail: Phrase.problemCreditCodeTaken(code: code),
                    issues: [FieldIssue(field: "creditCode", problem: .duplicate(line: nil))])
        case .licenseNumberTaken(let number):
            Problem(kind: .conflict, detail: Phrase.problemLicenseTaken(number: number),
                    issues: [FieldIssue(field: "licenseNumber", problem: .duplicate(line: nil))])
        case .unknownDistrict(let code):
            Problem(kind: .invalidInput, detail: Phrase.problemUnknownDistrict(code: code),
                    issues: [FieldIssue(field: "district", problem: .unknownValue(code.rawValue))])
        case .unknownEnterprise:
            Problem(kind: .notFound, detail: .problemUnknownEnterprise)
        case .keptByAnotherDistrict(let part, let keeper):
            Problem(kind: .forbidden, detail: Self.kept(part, by: keeper.rawValue))
        }
    }

    /// `district` is the keeping district in words: its name where known, else its code.
    static func kept(_ part: EnterpriseEditRights.Part, by district: String) -> Bilingual {
        switch part {
        case .registration: Phrase.problemRegistrationKeptElsewhere(district: district)
        case .productionSites: Phrase.problemSitesKeptElsewhere(district: district)
        }
    }
}

extension KeptByAnotherDistrict: ProblemConvertible {
    var problem: Problem {
        Problem(kind: .forbidden, detail: EnterpriseError.kept(part, by: keeperName))
    }
}
