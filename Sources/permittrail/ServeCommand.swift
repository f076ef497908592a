import ArgumentParser
import Foundation
import PermitServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web server (pages and JSON API).",
        discussion: """
            Environment: DATABASE_URL, PERMITTRAIL_LEDGER_KEY, PERMITTRAIL_PUBLIC_URL, PERMITTRAIL_SECURE_COOKIES (1/0), \
            PERMITTRAIL_METRICS_TOKEN. An option given on the command line wins over the environment.
            """
    )

    @Flag(help: "Seed Shanghai's bureaus and one demo account per role; print the accounts.")
    var demo = false

    @Option(help: "TCP port to listen on.")
    var port = 8080

    @Option(help: "Address to bind; 0.0.0.0 to accept connections from other machines.")
    var hostname = "127.0.0.1"

    @Option(name: .customLong("max-body-size"), help: "Largest request body in bytes (default 1 MiB).")
    var maxBodySize: Int?

    @Option(name: .customLong("max-upload-size"), help: "Largest evidence file in bytes accepted over tus (default 4 GiB).")
    var maxUploadSize: Int?

    @Option(name: .customLong("public-url"), help: "The address users reach the server at (https://… turns on secure cookies).")
    var publicURL: String?

    @Flag(inversion: .prefixedNo, help: "Mark cookies Secure (HTTPS only). Default: on when the public URL is https.")
    var secureCookies: Bool?

    @Option(name: .customLong("metrics-token"), help: "Bearer token a scraper presents for /metrics; without one only loopback callers get metrics.")
    var metricsToken: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let publicURL = try (publicURL ?? environment["PERMITTRAIL_PUBLIC_URL"]).flatMap(Self.httpURL)
        let secure = try secureCookies ?? environment["PERMITTRAIL_SECURE_COOKIES"].map(Self.switchValue)
        try await PermitApplication.serve(.init(
            port: port, hostname: hostname, dataDirectory: store.dataDirectoryURL,
            databaseURL: environment["DATABASE_URL"], demo: demo, maxBodySize: maxBodySize,
            publicURL: publicURL, secureCookies: secure, metricsToken: metricsToken ?? environment["PERMITTRAIL_METRICS_TOKEN"],
            maxUploadSize: maxUploadSize
        ))
    }

    /// An empty setting is no setting; anything else must be an http(s) address.
    private static func httpURL(_ text: String) throws -> URL? {
        guard !text.isEmpty else { return nil }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw ValidationError("--public-url 应为 http:// 或 https:// 开头的地址 (must be an http or https URL)")
        }
        return url
    }

    private static func switchValue(_ text: String) throws -> Bool {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ValidationError("PERMITTRAIL_SECURE_COOKIES 应为 1 或 0 (must be 1 or 0)")
        }
    }
}
