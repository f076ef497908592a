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
        try await Self.calendar(on: try store.database())
    }

    /// The shipped arrangements with every added or revised year on top.
    static func calendar(on db: any Database) async throws -> WorkingDayCalendar {
        var calendar = WorkingDayCalendar.stateCouncil2020Through2026
        for record in try await CalendarYearRecord.query(on: db).sort(\.$id).all() {
            let arrangement: HolidayArrangement
            do { arrangement = try HolidayArrangementFormat.parse(record.arrangement) } catch {
                throw StoreError.corruptRow(table: CalendarYearRecord.schema, id: record.subjectID)
            }
            calendar = try calendar.setting(arrangement)
        }
        return calendar
    }

    /// How many arrangements a year has had: the shipped one, if any, and
    /// each one ledgered since.
    public func revision(of year: Int) async throws -> Int {
        let ledgered = try await store.ledger.entries(about: .init(kind: CalendarYearRecord.subjectKind, id: String(year))).count
        return ledgered + (WorkingDayCalendar.stateCouncil2020Through2026.covers(year: year) ? 1 : 0)
    }
}

/// Years of the calendar as a command reads and writes them in its
/// transaction; whether a year may be added or revised is the command's.
extension WriteTransaction {
    /// The calendar as it stands inside the transaction.
    public func calendar() async throws -> WorkingDayCalendar {
        try await CalendarRepository.calendar(on: db)
    }

    /// Adds a year not covered before.
    public func add(_ arrangement: HolidayArrangement, by actor: ActorReference, at now: Date) async throws {
        guard try await CalendarYearRecord.find(arrangement.year, on: db) == nil else {
            throw CalendarError.yearAlreadyCovered(arrangement.year)
        }
        let record = CalendarYearRecord(arrangement, at: now)
        try await insert(record, event(.calendarYearAdded, record, actor, now))
    }

    /// Replaces a covered year's arrangement, shipped or added before; the
    /// entries of earlier revisions stay, so every deadline computed before
    /// can still be explained.
    public func revise(_ arrangement: HolidayArrangement, by actor: ActorReference, at now: Date) async throws {
        if let record = try await CalendarYearRecord.find(arrangement.year, on: db) {
            record.arrangement = HolidayArrangementFormat.serialize(arrangement)
            record.addedAt = now
            try await update(record, event(.calendarYearRevised, record, actor, now))
        } else {
            let record = CalendarYearRecord(arrangement, at: now)
            try await insert(record, event(.calendarYearRevised, record, actor, now))
        }
    }

    private func event(_ kind: DomainEvent.Kind, _ record: CalendarYearRecord, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(
            kind: kind, actor: actor, subject: .init(kind: CalendarYearRecord.subjectKind, id: record.subjectID),
            occurredAt: now, fields: [:]
        )
    }
}

extension DomainEvent.Kind {
    public static let calendarYearAdded = Self(rawValue: "calendar.year_added")
    public static let calendarYearRevised = Self(rawValue: "calendar.year_revised")
}
