import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// A value of a bulk-inserted row, bound by the database driver as SQLKit
/// binds the same Swift type.
enum BulkValue: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case blob([UInt8])
    case uuid(UUID)
    case date(Date)
    case null

    static func text(_ value: String?) -> BulkValue { value.map(BulkValue.text) ?? .null }
}

/// Multi-row `INSERT`s whose values go straight to the driver. An import
/// binds a few million values; through SQLKit each one is serialised as an
/// expression and encoded by the driver's generic `Encodable` path, which
/// took about a tenth of a 100,000-row import (BENCHMARKS.md, issue 5).
struct BulkInsert: Sendable {
    let table: String
    let columns: [String]

    /// Under SQLite's and PostgreSQL's limits on values per statement, and
    /// short enough that SQLite parses each statement quickly.
    static let valuesPerStatement = 6_000

    /// From this many rows, PostgreSQL gets them through `COPY`.
    static let copyRows = 64

    func run(_ rows: [[BulkValue]], on db: any SQLDatabase) async throws {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has a value per column")
        if rows.count >= Self.copyRows, let postgres = db as? any PostgresDatabase, PostgresCopy.canCopy(rows) {
            return try await PostgresCopy(table: table, columns: columns).run(rows, on: postgres)
        }
        let rowsPerStatement = max(1, min(500, Self.valuesPerStatement / columns.count))
        for batch in rows.chunked(into: rowsPerStatement) {
            let values = batch.joined()
            if let sqlite = db as? any SQLiteDatabase {
                _ = try await sqlite.query(statement(rows: batch.count) { _ in "?" }, values.map(\.sqliteData))
            } else if let postgres = db as? any PostgresDatabase {
                _ = try await postgres.query(statement(rows: batch.count) { "$\($0)" }, values.map(\.postgresData)).get()
            } else {
                throw StoreError.closed
            }
        }
    }

    /// `INSERT INTO "t" ("a", "b") VALUES (p1, p2), (p3, p4)`, with the
    /// dialect's placeholder for the n-th value (from 1).
    private func statement(rows: Int, placeholder: (Int) -> String) -> String {
        var sql = "INSERT INTO \(Self.quoted(table)) (\(columns.map(Self.quoted).joined(separator: ", "))) VALUES "
        var number = 0
        for row in 0..<rows {
            sql += row == 0 ? "(" : ", ("
            for column in columns.indices {
                number += 1
                sql += (column == 0 ? "" : ", ") + placeholder(number)
            }
            sql += ")"
        }
        return sql
    }

    /// Our own table and column names only; quoted all the same.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension BulkValue {
    /// As SQLiteKit's encoder binds the same Swift value: a UUID is its
    /// `Codable` text, a date SQLiteNIO's own conversion.
    fileprivate var sqliteData: SQLiteData {
        switch self {
        case .text(let text): .text(text)
        case .integer(let number): .integer(Int(number))
        case .blob(let bytes): .blob(ByteBuffer(bytes: bytes))
        case .uuid(let uuid): .text(uuid.uuidString)
        case .date(let date): date.sqliteData ?? .null
        case .null: .null
        }
    }

    fileprivate var postgresData: PostgresData {
        switch self {
        case .text(let text): PostgresData(string: text)
        case .integer(let number): PostgresData(int64: number)
        case .blob(let bytes): PostgresData(bytes: bytes)
        case .uuid(let uuid): PostgresData(uuid: uuid)
        case .date(let date): PostgresData(date: date)
        case .null: .null
        }
    }
}
