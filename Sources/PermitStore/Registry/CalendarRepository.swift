import Fluent
import Foundation
import PermitCore

/// Why a holiday arrangement cannot be added.
public enum CalendarError: Error, Hashable, Sendable {
    /// The year is already known, built in or added before; arrangements are
    /// never silently replaced, because deadlines already computed rest on them.
    case yearAlreadyCovered(Int)
    case conflicting(CalendarAssemblyError)
}

/// The working-day calendar: the State Council arrangements shipped
/// with the code plus the years administrators have added since.
public struct CalendarRepository: Sendable {
    let store: Store

    public func calendar() async throws -> WorkingDayCalendar {
        var calendar = WorkingDayCalendar.stateCouncil2020Through2026
        for record in try await CalendarYearRecord.query(on: try store.database()).sort(\.$id).all() {
            let arrangement: HolidayArrangement
            do { arrangement = try HolidayArrangementFormat.parse(record.arrangement) } catch {
                throw StoreError.corruptRow(table: CalendarYearRecord.schema, id: record.subjectID)
            }
            calendar = try calendar.setting(arrangement)
        }
        return calendar
    }

    /// Adds a year from the notice's text (see `HolidayArrangementFormat`).
    public func add(_ text: String, by actor: ActorReference, at now: Date) async throws -> HolidayArrangement {
        let arrangement = try HolidayArrangementFormat.parse(text)
        let current = try await calendar()
        guard !current.covers(year: arrangement.year) else { throw CalendarError.yearAlreadyCovered(arrangement.year) }
        do { _ = try current.setting(arrangement) } catch { throw CalendarError.conflicting(error) }
        return try await store.journal.commit(on: try store.database()) { db in
            guard try await CalendarYearRecord.find(arrangement.year, on: db) == nil else {
                throw CalendarError.yearAlreadyCovered(arrangement.year)
            }
            let record = CalendarYearRecord(arrangement, at: now)
            try await record.create(on: db)
            let event = DomainEvent(
                kind: .calendarYearAdded, actor: actor, subject: .init(kind: CalendarYearRecord.subjectKind, id: record.subjectID),
                occurredAt: now, fields: [:]
            )
            return (arrangement, try event.covering(record))
        }
    }
}

extension DomainEvent.Kind {
    public static let calendarYearAdded = Self(rawValue: "calendar.year_added")
}
