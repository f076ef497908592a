import ArgumentParser
import Foundation
import PermitServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web server (pages and JSON API)."
    )

    @Flag(help: "Seed Shanghai's bureaus and one demo account per role; print the accounts.")
    var demo = false

    @Option(help: "TCP port to listen on.")
    var port = 8080

    @Option(help: "Address to bind; 0.0.0.0 to accept connections from other machines.")
    var hostname = "127.0.0.1"

    @Option(name: .customLong("max-body-size"), help: "Largest request body in bytes (default 1 MiB).")
    var maxBodySize: Int?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await PermitApplication.serve(.init(
            port: port, hostname: hostname, dataDirectory: store.dataDirectoryURL,
            databaseURL: ProcessInfo.processInfo.environment["DATABASE_URL"], demo: demo, maxBodySize: maxBodySize
        ))
    }
}
