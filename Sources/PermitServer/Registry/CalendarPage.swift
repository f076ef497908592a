import Foundation
import PermitCore
import PermitStore
import Vapor

/// The working-day calendar for people: a year's holidays and adjusted
/// working days, and a deadline calculator.
enum CalendarPage {
    struct Day: Encodable, Sendable {
        let date: String
        let weekday: String
        let kind: String
        let name: String
    }

    struct Content: Encodable, Sendable {
        let years: [UsersPage.Option]
        let notice: String?
        let days: [Day]
        let from: String
        let count: String
        let due: String?
        let error: String?
    }

    /// `?year=` chooses the year shown; `?from=&days=` computes a deadline.
    @Sendable static func show(req: Request) async throws -> Response {
        let language = req.language
        let calendar = try await req.store.calendar.calendar()
        let currentYear = calendar.years.last ?? 0
        let year = req.query[Int.self, at: "year"] ?? currentYear
        let arrangement = calendar.arrangements.first { $0.year == year }
        let from = req.query[String.self, at: "from"] ?? ""
        let count = req.query[String.self, at: "days"] ?? ""
        var due: String?
        var refusal: String?
        if !from.isEmpty || !count.isEmpty {
            do {
                guard let days = Int(count), days >= 0 else {
                    throw InvalidInput([FieldIssue(field: "days", problem: .wrongType(expected: "integer"))])
                }
                due = try calendar.addWorkingDays(from: try CivilDate(parsing: from), count: days).description
            } catch {
                refusal = localizedDescription(of: error, in: language)
            }
        }
        let content = Content(
            years: calendar.years.map { UsersPage.Option(value: String($0), label: String($0), selected: $0 == year) },
            notice: arrangement?.notice,
            days: (arrangement?.days ?? []).sorted { $0.date < $1.date }.map {
                Day(date: $0.date.description, weekday: language == .zhHans ? $0.date.weekday.chineseName : "\($0.date.weekday)",
                    kind: ($0.kind == .holiday ? Phrase.calendarHoliday : Phrase.calendarWorkday).text(language), name: $0.name)
            },
            from: from, count: count, due: due, error: refusal
        )
        return try await Page(title: .calendarTitle, content: content, request: req).render(on: req, template: "calendar")
    }
}
