import Foundation
import PermitCommands
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
        /// For the city bureau: load a year, or correct the one shown.
        let canManage: Bool
        let shownYear: Int
        let canRevise: Bool
        let reviseTitle: String
        let revisionText: String
        let draft: String
        let formErrors: [String]
        let saved: String?
    }

    struct ArrangementForm: ProtectedForm {
        let text: String
        let csrf: String?
    }

    @Sendable static func load(req: Request) async throws -> Response {
        let form = try req.decodeForm(ArrangementForm.self)
        return try await req.submit {
            let arrangement = try await CalendarCommands.addYear(form.text, in: req.commandContext)
            return RegistryURL.calendar.path(["year": arrangement.year, "saved": 1])
        } orShowAgain: { errors, status in
            try await render(req, year: nil, loadDraft: form.text, formErrors: errors, status: status)
        }
    }

    @Sendable static func revise(req: Request) async throws -> Response {
        let form = try req.decodeForm(ArrangementForm.self)
        guard let year = req.parameters.get("year", as: Int.self) else { throw Abort(.notFound) }
        return try await req.submit {
            _ = try await CalendarCommands.reviseYear(year, with: form.text, in: req.commandContext)
            return RegistryURL.calendar.path(["year": year, "saved": 1])
        } orShowAgain: { errors, status in
            try await render(req, year: year, reviseDraft: form.text, formErrors: errors, status: status)
        }
    }

    /// `?year=` chooses the year shown; `?from=&days=` computes a deadline.
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, year: req.query[Int.self, at: "year"], formErrors: [], status: .ok)
    }

    /// A draft is what was typed into the form that failed, shown again.
    private static func render(
        _ req: Request, year chosen: Int?, loadDraft: String = "", reviseDraft: String? = nil, formErrors: [String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let calendar = try await req.store.calendar.calendar()
        let currentYear = calendar.years.last ?? 0
        let year = chosen ?? currentYear
        let canManage = AccessPolicy.decide(req.actor, .manageCalendar, on: .installation) == .allow
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
                Day(date: $0.date.description, weekday: language == .zhHans ? $0.date.weekday.chineseName : "\($0.date.weekday)".capitalized,
                    kind: ($0.kind == .holiday ? Phrase.calendarHoliday : Phrase.calendarWorkday).text(language), name: $0.name)
            },
            from: from, count: count, due: due, error: refusal,
            canManage: canManage, shownYear: year, canRevise: canManage && arrangement != nil,
            reviseTitle: Phrase.calendarReviseTitle(year: year).text(language),
            revisionText: reviseDraft ?? arrangement.map(HolidayArrangementFormat.serialize) ?? "",
            draft: loadDraft, formErrors: formErrors,
            saved: req.query[String.self, at: "saved"] == nil ? nil
                : Phrase.calendarSaved(year: year, revision: try await req.store.calendar.revision(of: year)).text(language)
        )
        return try await Page(title: .calendarTitle, content: content, request: req).render(on: req, template: "calendar", status: status)
    }
}
