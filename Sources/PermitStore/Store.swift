import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The state of an installation: opens the database, runs migrations and hands
/// out the repositories. The only door to Fluent; the server sees domain types.
public final class Store: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let logger: Logger
    let eventLoopGroup: any EventLoopGroup
    let journal: Journal
    /// Originals and uploads in progress, on the file system.
    public let evidence: EvidenceFiles

    public var accounts: AccountRepository { AccountRepository(store: self) }
    public var sessions: SessionRepository { SessionRepository(store: self) }
    public var events: EventRepository { EventRepository(store: self) }

    public var ledger: LedgerRepository { LedgerRepository(store: self) }
    public var calendar: CalendarRepository { CalendarRepository(store: self) }
    public var signer: LedgerSigner { journal.writer.signer }

    public var catalogue: CatalogueRepository { CatalogueRepository(store: self) }
    public var inspectors: InspectorRepository { InspectorRepository(store: self) }

    public init(
        location: DatabaseLocation, signer: LedgerSigner, eventLoopGroup: any EventLoopGroup,
        threadPool: NIOThreadPool, logger: Logger, evidenceDirectory: URL? = nil
    ) throws {
        self.location = location
        self.evidence = try evidenceDirectory.map { try EvidenceFiles(root: $0) } ?? EvidenceFiles.standard(for: location)
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup
        self.databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        self.journal = Journal(signer: signer)
        switch location {
        case .sqliteFile(let path):
            try PrivateFiles.createFileIfMissing(atPath: path)
            databases.use(.sqlite(.init(storage: .file(path: path))), as: .sqlite)
        case .sqliteInMemory(let identifier):
            databases.use(.sqlite(.init(storage: .memory(identifier: identifier))), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration: SQLPostgresConfiguration
            do { configuration = try SQLPostgresConfiguration(url: url) } catch { throw StoreError.invalidDatabaseURL }
            if let schema { configuration.searchPath = [schema] }
            databases.use(.postgres(configuration: configuration), as: .psql)
        }
    }

    /// A handle for one unit of work; cheap, drawn from the pool. Fails once
    /// the store has been shut down.
    func database() throws -> any Database {
        guard let database = databases.database(logger: logger, on: eventLoopGroup.any()) else {
            throw StoreError.closed
        }
        return database
    }

    /// Handles on `count` different event loops where there are as many, so
    /// that reads issued together use separate connections.
    func databasesOnEachEventLoop(count: Int) throws -> [any Database] {
        let loops = Array(eventLoopGroup.makeIterator())
        return try (0..<count).map { number in
            guard let database = databases.database(logger: logger, on: loops[number % loops.count]) else { throw StoreError.closed }
            return database
        }
    }

    func sql() throws -> any SQLDatabase {
        guard let sql = try database() as? any SQLDatabase else { throw StoreError.closed }
        return sql
    }

    /// One transaction at the SQL level, for units of work that compose into
    /// a journal commit (allocating a number) and for tests of them.
    func sqlTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await database().transaction { db in
            guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
            return try await body(sql)
        }
    }

    /// Brings the schema up to date. Safe to run on every start.
    public func migrate() async throws {
        try await prepareStorage()
        try await migrator().setupIfNeeded().flatMap { [self] in migrator().prepareBatch() }.get()
    }

    /// Undoes the most recent batch of migrations.
    public func revertLastBatch() async throws {
        try await migrator().setupIfNeeded().flatMap { [self] in migrator().revertLastBatch() }.get()
    }

    /// Undoes every migration: an empty database.
    public func revertAll() async throws {
        try await migrator().setupIfNeeded().flatMap { [self] in migrator().revertAllBatches() }.get()
    }

    /// Answers whether the database responds, for `/health`.
    public func ping() async -> Bool {
        do {
            _ = try await sql().raw("SELECT 1").all()
            return true
        } catch {
            logger.warning("database ping failed", metadata: ["error": "\(String(reflecting: error))"])
            return false
        }
    }

    public func shutdown() async {
        await databases.shutdownAsync()
        if evidence.isTemporary { try? FileManager.default.removeItem(at: evidence.root) }
    }

    /// Drops a test schema with everything in it.
    public func dropSchema() async throws {
        guard case .postgres(_, let schema?) = location else { return }
        try await sql().drop(schema: schema)
    }

    private func migrator() -> Migrator {
        let migrations = Migrations()
        migrations.add(Self.migrations)
        return Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
    }

    /// Write-ahead logging lets pages read while a write commits; the setting
    /// persists in the file, and SQLite's default `synchronous=FULL` keeps each
    /// commit durable before it is acknowledged.
    private func prepareStorage() async throws {
        switch location {
        case .sqliteFile:
            _ = try await sql().raw("PRAGMA journal_mode=WAL").all()
        case .sqliteInMemory:
            break
        case .postgres(_, let schema?):
            try await sql().create(schema: schema)
        case .postgres(_, nil):
            break
        }
    }
}

extension SQLDatabase {
    fileprivate func create(schema: String) async throws {
        try await raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
    }

    fileprivate func drop(schema: String) async throws {
        try await raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
}

extension Store {
    /// A store for a command-line run, on the process-wide event loops.
    public static func standalone(
        location: DatabaseLocation, signer: LedgerSigner, label: String = "permittrail"
    ) throws -> Store {
        var logger = Logger(label: label)
        logger.logLevel = .warning
        return try Store(
            location: location, signer: signer, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            threadPool: .singleton, logger: logger
        )
    }
}
