import Foundation

/// Where the state lives. SQLite under the data folder is the embedded default;
/// `DATABASE_URL=postgres://…` selects PostgreSQL with the same behaviour.
public enum DatabaseLocation: Sendable, Equatable {
    case sqliteFile(path: String)
    /// One shared in-memory database per identifier; for tests.
    case sqliteInMemory(identifier: String)
    /// `schema` isolates one test's tables inside a shared test database.
    case postgres(url: String, schema: String?)

    public static let databaseFileName = "permittrail.sqlite"

    /// Chooses from the environment's `DATABASE_URL`, else the SQLite file in
    /// `dataDirectory`.
    public static func resolve(databaseURL: String?, dataDirectory: URL) throws(StoreError) -> DatabaseLocation {
        guard let url = databaseURL, !url.isEmpty else {
            return .sqliteFile(path: dataDirectory.appendingPathComponent(databaseFileName).path)
        }
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
            throw .unsupportedDatabaseURL
        }
        return .postgres(url: url, schema: nil)
    }

    var isSQLite: Bool {
        if case .postgres = self { false } else { true }
    }
}

/// Failures of the storage layer itself, as opposed to domain refusals.
public enum StoreError: Error, Equatable, Sendable {
    case unsupportedDatabaseURL
    case invalidDatabaseURL
    /// The store was used after `shutdown()`.
    case closed
    /// A row read back does not map to a valid domain value; the table was
    /// changed outside the write path.
    case corruptRow(table: String, id: String)
}
