import Crypto
import Foundation
import PermitLedger
import PermitStore

/// The database a test runs on: a fresh in-memory SQLite by default, or, when
/// `DATABASE_URL` names a PostgreSQL database, a fresh schema in it, so tests
/// run in parallel without seeing each other's rows.
public enum TestDatabase {
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isPostgres: Bool { postgresURL != nil }

    public static func freshLocation() -> DatabaseLocation {
        let identifier = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        if let url = postgresURL {
            return .postgres(url: url, schema: "test_\(identifier)")
        }
        return .sqliteInMemory(identifier: identifier)
    }
}

/// Runs `body` with a migrated store of its own and always cleans up.
public func withTestStore(_ body: (Store) async throws -> Void) async throws {
    let store = try Store.standalone(location: TestDatabase.freshLocation(), signer: .testing, label: "permittrail.test")
    do {
        try await store.migrate()
        try await body(store)
    } catch {
        try? await store.dropSchema()
        await store.shutdown()
        throw error
    }
    try await store.dropSchema()
    await store.shutdown()
}

/// Runs `body` with a second store on the database of `first`: its own
/// connection pool and its own cached ledger head, as another process would
/// have.
public func withSecondStore(beside first: Store, _ body: (Store) async throws -> Void) async throws {
    let second = try Store.standalone(location: first.location, signer: .testing, label: "permittrail.test")
    do {
        try await second.migrate()
        try await body(second)
    } catch {
        await second.shutdown()
        throw error
    }
    await second.shutdown()
}

extension LedgerSigner {
    /// A fixed key, so tests can check signatures against a known verifier.
    public static let testing: LedgerSigner = {
        let key = try! NoteSignerKey(name: "permittrail/test", privateKey: .init(rawRepresentation: [UInt8](repeating: 7, count: 32)))
        return LedgerSigner(key: key)
    }()
}
