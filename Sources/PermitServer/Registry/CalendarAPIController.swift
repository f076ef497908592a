import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The working-day calendar over JSON: which years are loaded, their
/// days, deadlines, and loading a new year's notice without a code change.
enum CalendarAPIController {
    struct YearDTO: Content {
        struct Day: Content {
            let date: String
            let kind: String
            let name: String
        }

        let year: Int
        let notice: String?
        let days: [Day]

        init(_ arrangement: HolidayArrangement) {
            year = arrangement.year
            notice = arrangement.notice
            days = arrangement.days.sorted { $0.date < $1.date }.map { Day(date: $0.date.description, kind: $0.kind.rawValue, name: $0.name) }
        }
    }

    struct DueDTO: Content {
        let from: String
        let workingDays: Int
        let due: String
    }

    @Sendable static func years(req: Request) async throws -> [YearDTO] {
        try await req.store.calendar.calendar().arrangements.map(YearDTO.init)
    }

    @Sendable static func year(req: Request) async throws -> YearDTO {
        let year = req.parameters.get("year", as: Int.self) ?? 0
        guard let arrangement = try await req.store.calendar.calendar().arrangements.first(where: { $0.year == year }) else {
            throw Problem(kind: .notFound, detail: Phrase.problemYearNotCovered(year: year))
        }
        return YearDTO(arrangement)
    }

    /// The notice in the arrangement's text format, as `text/plain`.
    @Sendable static func add(req: Request) async throws -> Response {
        let arrangement = try await CalendarCommands.addYear(try plainText(req), in: req.commandContext)
        return try await YearDTO(arrangement).encodeResponse(status: .created, for: req)
    }

    /// A corrected arrangement for a year already covered: a new revision.
    @Sendable static func revise(req: Request) async throws -> YearDTO {
        guard let year = req.parameters.get("year", as: Int.self) else { throw Abort(.notFound) }
        let (arrangement, _) = try await CalendarCommands.reviseYear(year, with: try plainText(req), in: req.commandContext)
        return YearDTO(arrangement)
    }

    private static func plainText(_ req: Request) throws -> String {
        guard let contentType = req.headers.contentType, contentType.type == "text", contentType.subType == "plain" else {
            throw Problem(kind: .unsupportedMediaType, detail: .problemUnsupportedMediaTypeDetail)
        }
        return req.body.string ?? ""
    }

    /// `?from=YYYY-MM-DD&days=N`: the day N working days later.
    /// Longer than any period a regulation sets, in working days.
    static let maximumWorkingDays = 10_000

    @Sendable static func addWorkingDays(req: Request) async throws -> DueDTO {
        var query = QueryParameters(req)
        let fromText = query.text("from") ?? ""
        let from = try? CivilDate(parsing: fromText)
        if from == nil { query.refuse("from", fromText.isEmpty ? .missing : .invalidFormat) }
        if query.text("days") == nil { query.refuse("days", .missing) }
        let days = query.integer("days", in: 0...maximumWorkingDays, default: 0)
        try query.check()
        guard let from else { throw InvalidInput([FieldIssue(field: "from", problem: .invalidFormat)]) }
        let due = try await req.store.calendar.calendar().addWorkingDays(from: from, count: days)
        return DueDTO(from: from.description, workingDays: days, due: due.description)
    }
}
