import Foundation
import PermitCore
import PermitStore

extension CivilDateError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .malformed(let text):
            Problem(kind: .invalidInput, detail: .problemDateMalformed, arguments: ["value": text])
        case .nonexistentDate(let year, let month, let day):
            Problem(kind: .invalidInput, detail: .problemDateNonexistent, arguments: ["value": String(format: "%04d-%02d-%02d", year, month, day)])
        }
    }
}

extension WorkingDayCalendarError: ProblemConvertible {
    var problem: Problem {
        switch self {
        // Nothing is wrong with the request; the calendar lacks the year until
        // an administrator loads it: a conflict with the present state.
        case .yearNotCovered(let year):
            Problem(kind: .conflict, detail: .problemYearNotCovered, arguments: ["year": String(year)])
        }
    }
}

extension CalendarError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .yearAlreadyCovered(let year):
            Problem(kind: .conflict, detail: .problemYearAlreadyCovered, arguments: ["year": String(year)])
        case .conflicting(.duplicateYear(let year)):
            Problem(kind: .conflict, detail: .problemYearAlreadyCovered, arguments: ["year": String(year)])
        case .conflicting(.conflictingDay(let date, _)):
            Problem(kind: .conflict, detail: .problemCalendarConflict, arguments: ["date": date.description])
        case .yearMismatch(let expected, let found):
            Problem(kind: .invalidInput, detail: .problemCalendarYearMismatch, arguments: ["expected": String(expected), "found": String(found)])
        }
    }
}

extension HolidayArrangementFormatError: ProblemConvertible {
    /// The reason stays data until the language is known; the problem carries
    /// it as a phrase with its own arguments, folded into the detail.
    var problem: Problem {
        let (reason, values): (Phrase, [String: String]) = switch self.reason {
        case .missingYear: (.arrangementMissingYear, [:])
        case .malformedDate(let text): (.arrangementMalformedDate, ["value": text])
        case .unknownKind(let text): (.arrangementUnknownKind, ["value": text])
        case .duplicateDate(let date, let first): (.arrangementDuplicateDate, ["value": date.description, "first": String(first)])
        case .invalidArrangement(.workdayNotOnWeekend(let date)): (.arrangementWorkdayNotWeekend, ["value": date.description])
        case .invalidArrangement(.dateOutsideYear(let date, _)): (.arrangementDateOutsideYear, ["value": date.description])
        default: (.arrangementOther, ["value": "\(self.reason)"])
        }
        return Problem(
            kind: .invalidInput, detail: .problemArrangementLine,
            arguments: ["line": String(self.line)], nestedPhrase: (key: "reason", phrase: reason, arguments: values)
        )
    }
}
