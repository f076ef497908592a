import ArgumentParser
import Foundation
import PermitCore
import PermitServer
import PermitStore

/// Where the installation keeps its state; shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data folder (SQLite file, evidence, keys). Default: ./data")
    var dataDirectory = "data"

    var dataDirectoryURL: URL {
        URL(fileURLWithPath: dataDirectory, isDirectory: true).standardizedFileURL
    }

    /// The checkpoint key: `PERMITTRAIL_LEDGER_KEY`, else the data folder's.
    func signer() throws -> LedgerSigner {
        try LedgerSigner.load(
            configured: ProcessInfo.processInfo.environment["PERMITTRAIL_LEDGER_KEY"], dataDirectory: dataDirectoryURL
        )
    }

    /// `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise SQLite in the
    /// data folder. Migrations run first, so every command sees a current schema.
    func openStore() async throws -> Store {
        try PrivateFiles.createFolder(dataDirectoryURL)
        let location = try DatabaseLocation.resolve(
            databaseURL: ProcessInfo.processInfo.environment["DATABASE_URL"], dataDirectory: dataDirectoryURL
        )
        let store = try Store.standalone(location: location, signer: try signer())
        try await store.migrate()
        return store
    }
}

/// Runs `body` with an open store, closes it, and turns a refusal into a
/// Chinese message on standard error and exit code 1.
func withStore(_ options: StoreOptions, _ body: (Store) async throws -> Void) async throws {
    let store = try await options.openStore()
    do {
        try await body(store)
        await store.shutdown()
    } catch let exit as ExitCode {
        // The command has already said why.
        await store.shutdown()
        throw exit
    } catch {
        await store.shutdown()
        FileHandle.standardError.write(Data("错误：\(localizedDescription(of: error))\n".utf8))
        throw ExitCode.failure
    }
}
