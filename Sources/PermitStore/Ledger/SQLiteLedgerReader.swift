import Foundation
import PermitLedger
// The SQLite that SQLiteNIO itself links. Going through the same copy of the
// library matters: two copies in one process each keep their own POSIX locks,
// and closing a file in one releases the other's.
import VaporCSQLite

/// Reads an SQLite ledger's entries, a page at a time, and its hash tiles
/// through SQLite's C interface, on a read-only connection of its own to the
/// store's file, in one read transaction (one snapshot of the log).
///
/// SQLiteNIO hands every row from its thread to an event loop as a task of
/// its own; for the fsck's million rows that cost several times the hashing
/// the rows are read for (BENCHMARKS.md, issue 4).
struct SQLiteLedgerReader {
    let path: String
    let pageSize: Int

    struct Failure: Error, CustomStringConvertible {
        let message: String

        var description: String { "SQLite: \(message)" }
    }

    static let columnNames = ["idx", "subject_kind", "subject_id", "entry", "leaf_hash"]
    static let columnTypes: [[Int32]] = [[SQLITE_INTEGER], [SQLITE_TEXT], [SQLITE_TEXT], [SQLITE_BLOB], [SQLITE_BLOB, SQLITE_NULL]]

    /// The divergence a row whose types are not the write path's is.
    private static func wrongType(_ statement: OpaquePointer?, index: Int64) -> LedgerDivergence {
        for (column, expected) in columnTypes.enumerated() {
            let type = sqlite_nio_sqlite3_column_type(statement, Int32(column))
            guard !expected.contains(type) else { continue }
            return LedgerDivergence(
                place: .entry(index: UInt64(clamping: index)), subject: nil,
                reason: .columnType(column: columnNames[column], holds: valueType(type), expected: expected.map(valueType))
            )
        }
        preconditionFailure("called for a row of the expected types")
    }

    private static func valueType(_ type: Int32) -> LedgerDivergence.ValueType {
        switch type {
        case SQLITE_INTEGER: .integer
        case SQLITE_FLOAT: .real
        case SQLITE_TEXT: .text
        case SQLITE_BLOB: .bytes
        default: .null
        }
    }

    /// Reads the pages numbered `pages` (page `n` holds the entries from
    /// `n × pageSize` on, below the next page's first) and hands each to
    /// `visit`, on the calling thread, which this blocks; it stops after the
    /// first page that is not full, the end of the log or a gap in it.
    func read(pages: some Sequence<Int>, _ visit: (Int, LedgerEntryBatch) throws -> Void) throws {
        let query = "SELECT \(Self.columnNames.joined(separator: ", ")) FROM \(LedgerTable.entries) WHERE idx >= ?1 AND idx < ?2 ORDER BY idx"
        try withStatement(query) { handle, statement in
            var batch = LedgerEntryBatch()
            for page in pages {
                batch.removeAll()
                sqlite_nio_sqlite3_reset(statement)
                sqlite_nio_sqlite3_bind_int64(statement, 1, Int64(page * pageSize))
                sqlite_nio_sqlite3_bind_int64(statement, 2, Int64((page + 1) * pageSize))
                try readRows(statement, on: handle, into: &batch)
                try visit(page, batch)
                if batch.count < pageSize { return }
            }
        }
    }

    /// Every stored hash tile's bytes by address: the same rows SQLiteNIO
    /// would hand over one task each, 32 MB of them at 10^6 entries.
    func tiles() throws -> [TileAddress: [UInt8]] {
        try withStatement("SELECT level, idx, hashes FROM \(LedgerTable.tiles)") { handle, statement in
            var tiles: [TileAddress: [UInt8]] = [:]
            while true {
                let step = sqlite_nio_sqlite3_step(statement)
                if step == SQLITE_DONE { return tiles }
                guard step == SQLITE_ROW else { throw Failure(message: Self.message(handle)) }
                let address = TileAddress(
                    level: Int(sqlite_nio_sqlite3_column_int64(statement, 0)),
                    index: UInt64(clamping: sqlite_nio_sqlite3_column_int64(statement, 1))
                )
                tiles[address] = Array(Self.column(statement, 2))
            }
        }
    }

    /// Runs `body` with `query` prepared on a read-only connection of its
    /// own, inside one read transaction.
    private func withStatement<T>(_ query: String, _ body: (OpaquePointer?, OpaquePointer?) throws -> T) throws -> T {
        var handle: OpaquePointer?
        defer { sqlite_nio_sqlite3_close_v2(handle) }
        guard sqlite_nio_sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            throw Failure(message: Self.message(handle))
        }
        try Self.execute("BEGIN", on: handle)
        defer { try? Self.execute("COMMIT", on: handle) }
        var statement: OpaquePointer?
        defer { sqlite_nio_sqlite3_finalize(statement) }
        guard sqlite_nio_sqlite3_prepare_v2(handle, query, -1, &statement, nil) == SQLITE_OK else {
            throw Failure(message: Self.message(handle))
        }
        return try body(handle, statement)
    }

    private func readRows(_ statement: OpaquePointer?, on handle: OpaquePointer?, into batch: inout LedgerEntryBatch) throws {
        while true {
            let step = sqlite_nio_sqlite3_step(statement)
            if step == SQLITE_DONE { return }
            guard step == SQLITE_ROW else { throw Failure(message: Self.message(handle)) }
            let index = sqlite_nio_sqlite3_column_int64(statement, 0)
            let leafType = sqlite_nio_sqlite3_column_type(statement, 4)
            // SQLite keeps any type in any column; a value of another type
            // than the write path stores was put there by something else.
            guard sqlite_nio_sqlite3_column_type(statement, 0) == SQLITE_INTEGER,
                sqlite_nio_sqlite3_column_type(statement, 1) == SQLITE_TEXT,
                sqlite_nio_sqlite3_column_type(statement, 2) == SQLITE_TEXT,
                sqlite_nio_sqlite3_column_type(statement, 3) == SQLITE_BLOB,
                leafType == SQLITE_BLOB || leafType == SQLITE_NULL
            else { throw Self.wrongType(statement, index: index) }
            batch.append(
                index: index, subjectKind: Self.column(statement, 1), subjectID: Self.column(statement, 2),
                entry: Self.column(statement, 3), leafHash: leafType == SQLITE_NULL ? nil : Self.column(statement, 4)
            )
        }
    }

    /// The column's bytes, valid until the next step. Text is asked for
    /// first as text, so SQLite hands back its UTF-8 without converting.
    private static func column(_ statement: OpaquePointer?, _ column: Int32) -> UnsafeRawBufferPointer {
        let pointer: UnsafeRawPointer? = if sqlite_nio_sqlite3_column_type(statement, column) == SQLITE_TEXT {
            sqlite_nio_sqlite3_column_text(statement, column).map(UnsafeRawPointer.init)
        } else {
            sqlite_nio_sqlite3_column_blob(statement, column)
        }
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite_nio_sqlite3_column_bytes(statement, column)))
    }

    private static func execute(_ sql: String, on handle: OpaquePointer?) throws {
        guard sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw Failure(message: message(handle)) }
    }

    private static func message(_ handle: OpaquePointer?) -> String {
        sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "cannot open the database"
    }
}
