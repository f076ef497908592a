import Foundation
import Logging
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// Starts the server as `permittrail serve` asks: opens the store, applies
/// migrations, optionally seeds the demo data, and serves until stopped.
public enum PermitApplication {
    public struct ServeOptions: Sendable {
        public var port: Int
        public var hostname: String
        public var dataDirectory: URL
        public var databaseURL: String?
        public var demo: Bool
        public var maxBodySize: Int?
        public var maxUploadSize: Int?
        public var publicURL: URL?
        /// nil: decided by the public URL's scheme.
        public var secureCookies: Bool?
        /// nil: metrics for loopback callers only.
        public var metricsToken: String?

        public init(
            port: Int, hostname: String, dataDirectory: URL, databaseURL: String?, demo: Bool, maxBodySize: Int?,
            publicURL: URL? = nil, secureCookies: Bool? = nil, metricsToken: String? = nil, maxUploadSize: Int? = nil
        ) {
            self.maxUploadSize = maxUploadSize
            self.port = port
            self.hostname = hostname
            self.dataDirectory = dataDirectory
            self.databaseURL = databaseURL
            self.demo = demo
            self.maxBodySize = maxBodySize
            self.publicURL = publicURL
            self.secureCookies = secureCookies
            self.metricsToken = metricsToken
        }
    }

    public static func serve(_ options: ServeOptions) async throws {
        // Production unless told otherwise: templates cached, quieter logs.
        var environment = Environment(
            name: ProcessInfo.processInfo.environment["PERMITTRAIL_ENV"] ?? Environment.production.name,
            arguments: ["permittrail"]
        )
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        do {
            try PrivateFiles.createFolder(options.dataDirectory)
            let location = try DatabaseLocation.resolve(databaseURL: options.databaseURL, dataDirectory: options.dataDirectory)
            let signer = try LedgerSigner.load(
                configured: ProcessInfo.processInfo.environment["PERMITTRAIL_LEDGER_KEY"], dataDirectory: options.dataDirectory
            )
            let store = try Store(
                location: location, signer: signer, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool,
                logger: app.logger, evidenceDirectory: options.dataDirectory.appendingPathComponent("evidence", isDirectory: true)
            )
            app.lifecycle.use(StoreShutdown(store: store))
            try await store.migrate()

            var configuration = AppConfiguration(dataDirectory: options.dataDirectory, publicURL: options.publicURL)
            if let limit = options.maxBodySize { configuration.maxBodySize = limit }
            if let limit = options.maxUploadSize { configuration.maxUploadSize = limit }
            if let secure = options.secureCookies { configuration.secureCookies = secure }
            if let token = options.metricsToken, !token.isEmpty { configuration.metricsAccess = .token(token) }
            try configure(app, configuration: configuration, store: store)
            // The catalogue is data the bureau edits; the defaults go in once.
            try await CatalogueCommands.installDefaults(in: .system("catalogue-defaults", clock: configuration.clock, store: store))
            if options.demo {
                let report = try await DemoData.seed(
                    store: store, hasher: app.appContext.passwordHasher, clock: configuration.clock,
                    dataDirectory: options.dataDirectory
                )
                print(report)
            }
            // Reminders and overdue flags; handlers run in reverse order at
            // shutdown, so the job stops before the store closes.
            app.lifecycle.use(JobRunner(store: store, clock: configuration.clock, interval: .seconds(600)))
            app.http.server.configuration.hostname = options.hostname
            app.http.server.configuration.port = options.port
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// Closes the database pool when the application stops.
struct StoreShutdown: LifecycleHandler {
    let store: Store

    func shutdownAsync(_ application: Application) async {
        await store.shutdown()
    }
}
