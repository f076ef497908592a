import Fluent
import Foundation
import PermitCore

/// A year's holiday arrangement loaded by an administrator, kept in the
/// plain-text format officers check line by line against the notice.
final class CalendarYearRecord: Model, @unchecked Sendable {
    static let schema = "calendar_years"

    @ID(custom: "year", generatedBy: .user) var id: Int?
    @Field(key: "arrangement") var arrangement: String
    @Field(key: "added_at") var addedAt: Date

    init() {}

    init(_ arrangement: HolidayArrangement, at now: Date) {
        id = arrangement.year
        self.arrangement = HolidayArrangementFormat.serialize(arrangement)
        addedAt = now
    }
}

extension CalendarYearRecord: LedgerCovered {
    static let subjectKind = "calendar_year"
    var subjectID: String { id.map(String.init) ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["arrangement": arrangement]
    }
}
