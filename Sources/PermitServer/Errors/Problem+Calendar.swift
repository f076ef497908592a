import PermitCore
import PermitStore

extension CivilDateError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .malformed(let text):
            Problem(kind: .invalidInput, detail: Phrase.problemDateMalformed(value: text))
        case .nonexistentDate(let year, let month, let day):
            Problem(kind: .invalidInput, detail: Phrase.problemDateNonexistent(year: year, month: month, day: day))
        }
    }
}

extension WorkingDayCalendarError: ProblemConvertible {
    var problem: Problem {
        switch self {
        // Nothing is wrong with the request; the calendar lacks the year until
        // an administrator loads it: a conflict with the present state.
        case .yearNotCovered(let year):
            Problem(kind: .conflict, detail: Phrase.problemYearNotCovered(year: year))
        }
    }
}

extension CalendarError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .yearAlreadyCovered(let year):
            Problem(kind: .conflict, detail: Phrase.problemYearAlreadyCovered(year: year))
        case .conflicting(.duplicateYear(let year)):
            Problem(kind: .conflict, detail: Phrase.problemYearAlreadyCovered(year: year))
        case .conflicting(.conflictingDay(let date, _)):
            Problem(kind: .conflict, detail: Phrase.problemCalendarConflict(date: date))
        case .yearMismatch(let expected, let found):
            Problem(kind: .invalidInput, detail: Phrase.problemCalendarYearMismatch(expected: expected, found: found))
        }
    }
}

extension HolidayArrangementFormatError: ProblemConvertible {
    var problem: Problem {
        let reason = switch self.reason {
        case .missingYear: Phrase.arrangementMissingYear.bilingual
        case .malformedDate(let text): Phrase.arrangementMalformedDate(value: text)
        case .unknownKind(let text): Phrase.arrangementUnknownKind(value: text)
        case .duplicateDate(let date, let first): Phrase.arrangementDuplicateDate(date: date, firstLine: first)
        case .invalidArrangement(.workdayNotOnWeekend(let date)): Phrase.arrangementWorkdayNotWeekend(date: date)
        case .invalidArrangement(.dateOutsideYear(let date, _)): Phrase.arrangementDateOutsideYear(date: date)
        default: Phrase.arrangementOther(reason: "\(self.reason)")
        }
        return Problem(kind: .invalidInput, detail: Phrase.problemArrangementLine(line: line, reason: reason))
    }
}
