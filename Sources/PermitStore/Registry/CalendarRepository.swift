import Fluent
import Foundation
import PermitCore

/// Why a holiday arrangement cannot be added.
public enum CalendarError: Error, Hashable, Sendable {
    /// The year is already known, built in or added before; arrangements are
    /// never silently replaced, because deadlines already computed rest on them.
    case yearAlreadyCovered(Int)
    case conflicting(CalendarAssemblyError)
    /// A correction for one year whose text is about another.
    case yearMismatch(expected: Int, found: Int)
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

extension CalendarRepository {
    /// Replaces a covered year's arrangement with a corrected one, shipped or
    /// loaded before. The correction is a new ledger entry; the entries of
    /// earlier revisions stay, so every deadline computed before can still
    /// be explained. Returns the arrangement and its revision number.
    public func revise(year: Int, with text: String, by actor: ActorReference, at now: Date) async throws -> (HolidayArrangement, revision: Int) {
        let arrangement = try HolidayArrangementFormat.parse(text)
        guard arrangement.year == year else { throw CalendarError.yearMismatch(expected: year, found: arrangement.year) }
        let current = try await calendar()
        guard current.covers(year: year) else { throw WorkingDayCalendarError.yearNotCovered(year) }
        do { _ = try current.setting(arrangement) } catch { throw CalendarError.conflicting(error) }
        try await store.journal.commit(on: try store.database()) { db in
            let record = try await CalendarYearRecord.find(year, on: db)
            let revised = record ?? CalendarYearRecord(arrangement, at: now)
            revised.arrangement = HolidayArrangementFormat.serialize(arrangement)
            revised.addedAt = now
            try await revised.save(on: db)
            let event = DomainEvent(
                kind: .calendarYearRevised, actor: actor, subject: .init(kind: CalendarYearRecord.subjectKind, id: revised.subjectID),
                occurredAt: now, fields: [:]
            )
            return ((), try event.covering(revised))
        }
        return (arrangement, try await revision(of: year))
    }

    /// How many arrangements a year has had: the shipped one, if any, and
    /// each one ledgered since.
    public func revision(of year: Int) async throws -> Int {
        let ledgered = try await store.ledger.entries(about: .init(kind: CalendarYearRecord.subjectKind, id: String(year))).count
        return ledgered + (WorkingDayCalendar.stateCouncil2020Through2026.covers(year: year) ? 1 : 0)
    }
}

extension DomainEvent.Kind {
    public static let calendarYearAdded = Self(rawValue: "calendar.year_added")
    public static let calendarYearRevised = Self(rawValue: "calendar.year_revised")
}
