import Foundation
import PermitCore
import PermitStore

extension Problem {
    init(_ error: CivilDateError) {
        switch error {
        case .malformed(let text):
            self.init(kind: .invalidInput, detail: .problemDateMalformed, arguments: ["value": text])
        case .nonexistentDate(let year, let month, let day):
            self.init(kind: .invalidInput, detail: .problemDateNonexistent, arguments: ["value": String(format: "%04d-%02d-%02d", year, month, day)])
        }
    }

    init(_ error: WorkingDayCalendarError) {
        switch error {
        // Nothing is wrong with the request; the calendar lacks the year until
        // an administrator loads it: a conflict with the present state.
        case .yearNotCovered(let year):
            self.init(kind: .conflict, detail: .problemYearNotCovered, arguments: ["year": String(year)])
        }
    }

    init(_ error: CalendarError) {
        switch error {
        case .yearAlreadyCovered(let year):
            self.init(kind: .conflict, detail: .problemYearAlreadyCovered, arguments: ["year": String(year)])
        case .conflicting(.duplicateYear(let year)):
            self.init(kind: .conflict, detail: .problemYearAlreadyCovered, arguments: ["year": String(year)])
        case .conflicting(.conflictingDay(let date, _)):
            self.init(kind: .conflict, detail: .problemCalendarConflict, arguments: ["date": date.description])
        case .yearMismatch(let expected, let found):
            self.init(kind: .invalidInput, detail: .problemCalendarYearMismatch, arguments: ["expected": String(expected), "found": String(found)])
        }
    }

    /// The reason stays data until the language is known; the problem carries
    /// it as a phrase with its own arguments, folded into the detail.
    init(_ error: HolidayArrangementFormatError) {
        let (reason, values): (Phrase, [String: String]) = switch error.reason {
        case .missingYear: (.arrangementMissingYear, [:])
        case .malformedDate(let text): (.arrangementMalformedDate, ["value": text])
        case .unknownKind(let text): (.arrangementUnknownKind, ["value": text])
        case .duplicateDate(let date, let first): (.arrangementDuplicateDate, ["value": date.description, "first": String(first)])
        case .invalidArrangement(.workdayNotOnWeekend(let date)): (.arrangementWorkdayNotWeekend, ["value": date.description])
        case .invalidArrangement(.dateOutsideYear(let date, _)): (.arrangementDateOutsideYear, ["value": date.description])
        default: (.arrangementOther, ["value": "\(error.reason)"])
        }
        self.init(
            kind: .invalidInput, detail: .problemArrangementLine,
            arguments: ["line": String(error.line)], nestedPhrase: (key: "reason", phrase: reason, arguments: values)
        )
    }
}
