import Foundation
import PermitCore
import SQLKit

/// Allocates the sequences behind case numbers (一案一号, ARC-1), licence
/// serials and business serial numbers, inside the caller's transaction:
/// a number is taken only if the change that uses it commits, so numbers are
/// unique and have no gaps, whatever number of processes allocate at once.
enum NumberCounter {
    static let table = "number_counters"

    /// The next value in `scope`, starting at 1.
    static func next(in scope: String, on db: any SQLDatabase) async throws -> Int {
        // Creating the row first, if absent, makes the update below the one
        // statement that takes the row lock; two first allocations in a scope
        // then queue on the lock instead of both inserting.
        try await db.insert(into: table).columns("scope", "last").values(SQLBind(scope), SQLBind(Int64(0)))
            .ignoringConflicts(with: "scope").run()
        try await db.update(table).set(SQLIdentifier("last"), to: SQLRaw("\"last\" + 1")).where("scope", .equal, scope).run()
        guard let row = try await db.select().column("last").from(table).where("scope", .equal, scope).first() else {
            throw StoreError.corruptRow(table: table, id: scope)
        }
        return Int(try row.decode(column: "last", as: Int64.self))
    }

    static func caseScope(_ kind: CaseKind, year: Int) -> String { "case:\(kind.rawValue):\(year)" }
}

/// Number allocation as a unit of work of the write path, for changes that
/// need a fresh number.
extension Store {
    /// Allocates the next case number of `kind` for `year` within `db`'s transaction.
    func nextCaseNumber(_ kind: CaseKind, year: Int, on db: any SQLDatabase) async throws -> CaseNumber {
        try CaseNumber(kind: kind, year: year, sequence: try await NumberCounter.next(in: NumberCounter.caseScope(kind, year: year), on: db))
    }

    /// Allocates the next licence number for a product, serials counted per
    /// issuing province, industry and product (一证一号, LIC-8).
    func nextLicenseNumber(
        province: ProvinceAbbreviation?, industryCode: Int, productCode: Int, on db: any SQLDatabase
    ) async throws -> LicenseNumber {
        let scope = "license:\(province.map { String($0.character) } ?? "national"):\(industryCode)-\(productCode)"
        return try LicenseNumber(
            province: province, industryCode: industryCode, productCode: productCode,
            serial: try await NumberCounter.next(in: scope, on: db)
        )
    }

    /// Allocates the business serial number (业务流水号) under which a case's
    /// record of `date` is filed (REC-7).
    func nextBusinessSerialNumber(for caseNumber: CaseNumber, on date: CivilDate, on db: any SQLDatabase) async throws -> BusinessSerialNumber {
        let scope = "record:\(caseNumber):\(date)"
        return try BusinessSerialNumber(caseNumber: caseNumber, date: date, sequence: try await NumberCounter.next(in: scope, on: db))
    }
}
