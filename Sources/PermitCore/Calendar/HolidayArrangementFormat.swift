/// The plain-text form of one year's arrangement, so that an administrator
/// can add next year's notice (published each November) without a code
/// change:
///
/// ```
/// # 国务院办公厅关于2027年部分节假日安排的通知
/// year 2027
/// notice 国办发明电〔2026〕N号
/// 2027-01-01 holiday 元旦
/// 2027-02-07 workday 春节调休
/// ```
///
/// Rules, all enforced with the offending line number:
/// - a line is blank, a comment (first non-blank character `#`), a
///   directive, or a day; fields are separated by spaces or tabs;
/// - `year YYYY` comes exactly once, before any day; `notice TEXT` at most once;
/// - a day is `YYYY-MM-DD holiday|workday NAME`; NAME is the rest of the line;
/// - every day-off date is listed individually (no ranges: the list is what
///   an officer checks against the notice, line by line);
/// - the `HolidayArrangement` rules hold (no duplicate date, dates in the year
///   or its previous December, workdays only on weekends).
///
/// Line endings may be LF or CRLF; a leading byte-order mark is ignored.
public enum HolidayArrangementFormat {
    /// Parses one year. Never guesses: anything not matching the rules above
    /// is an error naming the line.
    public static func parse(_ text: String) throws(HolidayArrangementFormatError) -> HolidayArrangement {
        var year: (value: Int, line: Int)?
        var notice: (value: String, line: Int)?
        var days: [ArrangedDay] = []
        var lineOfDate: [CivilDate: Int] = [:]

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            var line = Substring(rawLine)
            if number == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let fields = Fields(line)
            guard let keyword = fields.first else { continue }
            if keyword.hasPrefix("#") { continue }

            func fail(_ reason: HolidayArrangementFormatError.Reason) -> HolidayArrangementFormatError {
                HolidayArrangementFormatError(line: number, reason: reason)
            }

            switch keyword {
            case "year":
                guard year == nil else { throw fail(.duplicateDirective("year")) }
                guard let value = fields.rest(after: 1), !value.isEmpty else { throw fail(.missingValue("year")) }
                guard value.count == 4, value.allSatisfy({ $0.isASCII && $0.isNumber }), let parsed = Int(value)
                else { throw fail(.malformedYear(value)) }
                year = (parsed, number)
            case "notice":
                guard notice == nil else { throw fail(.duplicateDirective("notice")) }
                guard let value = fields.rest(after: 1), !value.isEmpty else { throw fail(.missingValue("notice")) }
                notice = (value, number)
            default:
                guard keyword.first?.isNumber == true else { throw fail(.unknownDirective(keyword)) }
                guard year != nil else { throw fail(.dayBeforeYear) }
                let date: CivilDate
                do {
                    date = try CivilDate(parsing: keyword)
                } catch {
                    throw fail(.malformedDate(keyword))
                }
                guard let kindText = fields.second else { throw fail(.missingKind) }
                guard let kind = ArrangedDay.Kind(rawValue: kindText) else { throw fail(.unknownKind(kindText)) }
                guard let name = fields.rest(after: 2), !name.isEmpty else { throw fail(.missingName) }
                if let first = lineOfDate[date] { throw fail(.duplicateDate(date, firstLine: first)) }
                lineOfDate[date] = number
                days.append(ArrangedDay(date: date, kind: kind, name: name))
            }
        }

        guard let year else {
            throw HolidayArrangementFormatError(line: max(lines.count, 1), reason: .missingYear)
        }
        do {
            return try HolidayArrangement(year: year.value, notice: notice?.value, days: days)
        } catch {
            // Point at the line the administrator has to fix.
            let line: Int = switch error {
            case .yearOutOfRange: year.line
            case .invalidLabel: notice?.line ?? year.line
            case .duplicateDate(let date), .dateOutsideYear(let date, _),
                 .workdayNotOnWeekend(let date), .invalidName(let date, _):
                lineOfDate[date] ?? year.line
            }
            throw HolidayArrangementFormatError(line: line, reason: .invalidArrangement(error))
        }
    }

    /// Writes the text form; `parse(serialize(a)) == a` for every arrangement.
    public static func serialize(_ arrangement: HolidayArrangement) -> String {
        var lines = [
            "# 节假日安排 \(arrangement.year): YYYY-MM-DD holiday|workday 名称 (holiday = 放假, workday = 调休上班)",
            "year \(arrangement.year)",
        ]
        if let notice = arrangement.notice { lines.append("notice \(notice)") }
        for day in arrangement.days {
            lines.append("\(day.date) \(day.kind.rawValue) \(day.name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The whitespace-separated fields of one line, with access to "the rest
    /// of the line" for free-text values such as names.
    private struct Fields {
        private let line: Substring
        private let starts: [Substring.Index]

        init(_ line: Substring) {
            self.line = line
            var starts: [Substring.Index] = []
            var index = line.startIndex
            var inField = false
            while index < line.endIndex {
                let blank = Self.isBlank(line[index])
                if !blank && !inField { starts.append(index) }
                inField = !blank
                index = line.index(after: index)
            }
            self.starts = starts
        }

        var first: String? { field(0) }
        var second: String? { field(1) }

        func field(_ n: Int) -> String? {
            guard n < starts.count else { return nil }
            let start = starts[n]
            let end = line[start...].firstIndex(where: Self.isBlank) ?? line.endIndex
            return String(line[start..<end])
        }

        /// Everything from field `n` to the end, trailing blanks removed.
        func rest(after n: Int) -> String? {
            guard n < starts.count else { return nil }
            var text = line[starts[n]...]
            while let last = text.last, Self.isBlank(last) { text = text.dropLast() }
            return String(text)
        }

        private static func isBlank(_ character: Character) -> Bool {
            character == " " || character == "\t"
        }
    }
}

/// A line of an arrangement file that breaks the format, and why.
public struct HolidayArrangementFormatError: Error, Hashable, Sendable {
    /// 1-based line number in the supplied text.
    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public enum Reason: Hashable, Sendable {
        /// No `year YYYY` line anywhere.
        case missingYear
        /// A day line appears before the `year` line.
        case dayBeforeYear
        /// `year` or `notice` given twice.
        case duplicateDirective(String)
        /// `year` or `notice` with nothing after it.
        case missingValue(String)
        /// The first word is neither a directive nor a date.
        case unknownDirective(String)
        /// The year is not four ASCII digits.
        case malformedYear(String)
        /// The date is not a real `YYYY-MM-DD` date.
        case malformedDate(String)
        /// A date with nothing after it.
        case missingKind
        /// The second word is not `holiday` or `workday`.
        case unknownKind(String)
        /// A date and kind with no name.
        case missingName
        /// The date was already listed on `firstLine`.
        case duplicateDate(CivilDate, firstLine: Int)
        /// The lines parse but do not make a coherent year.
        case invalidArrangement(HolidayArrangementError)
    }
}
