import Foundation
import PermitCore
import PermitStore

/// 工作日历 — the city bureau adds each year's State Council notice and
/// corrects one already loaded.
public enum CalendarCommands {
    /// Adds a year from the notice's text (see `HolidayArrangementFormat`).
    /// Years are never silently replaced: deadlines already computed rest on them.
    public static func addYear(_ text: String, in context: CommandContext) async throws -> HolidayArrangement {
        try context.require(.manageCalendar)
        let arrangement = try HolidayArrangementFormat.parse(text)
        let (actor, now) = (context.actor.reference, context.now)
        return try await context.store.write { transaction in
            let current = try await transaction.calendar()
            guard !current.covers(year: arrangement.year) else { throw CalendarError.yearAlreadyCovered(arrangement.year) }
            try fits(arrangement, into: current)
            try await transaction.add(arrangement, by: actor, at: now)
            return arrangement
        }
    }

    /// Replaces a covered year's arrangement with a corrected one. Returns
    /// the arrangement and its revision number.
    public static func reviseYear(
        _ year: Int, with text: String, in context: CommandContext
    ) async throws -> (HolidayArrangement, revision: Int) {
        try context.require(.manageCalendar)
        let arrangement = try HolidayArrangementFormat.parse(text)
        guard arrangement.year == year else { throw CalendarError.yearMismatch(expected: year, found: arrangement.year) }
        let (actor, now) = (context.actor.reference, context.now)
        try await context.store.write { transaction in
            let current = try await transaction.calendar()
            guard current.covers(year: year) else { throw WorkingDayCalendarError.yearNotCovered(year) }
            try fits(arrangement, into: current)
            try await transaction.revise(arrangement, by: actor, at: now)
        }
        return (arrangement, try await context.store.calendar.revision(of: year))
    }

    /// Refuses an arrangement that contradicts the calendar it would join.
    private static func fits(_ arrangement: HolidayArrangement, into calendar: WorkingDayCalendar) throws(CalendarError) {
        do { _ = try calendar.setting(arrangement) } catch { throw .conflicting(error) }
    }
}
