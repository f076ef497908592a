import Foundation
import PermitCore

/// Everything an installation can be told at start-up. The defaults are the
/// embedded set-up: SQLite and evidence files under `./data`.
public struct AppConfiguration: Sendable {
    /// Who may read `/metrics`, which names routes and counts traffic.
    public enum MetricsAccess: Sendable, Equatable {
        /// Only a scraper on the same machine (or a proxy there that forwards).
        case loopbackOnly
        /// Anyone presenting `Authorization: Bearer <token>`.
        case token(String)
    }

    public var dataDirectory: URL
    /// Where users reach the installation, e.g. `https://permits.example.gov.cn`.
    public var publicURL: URL?
    /// Largest request body the API collects; larger bodies get a 413 problem.
    public var maxBodySize: Int = 1 << 20
    /// Largest evidence file accepted over tus (`Tus-Max-Size`): 4 GiB holds
    /// an hour of phone video at common bit rates.
    public var maxUploadSize: Int = 4 << 30
    /// bcrypt cost; 12 or more in production. Tests may lower it for speed.
    public var passwordHashCost: Int = 12
    public var sessionLifetime: TimeInterval = 8 * 60 * 60
    /// Set behind HTTPS so browsers never send the session cookie in clear;
    /// on by default when the public URL is https.
    public var secureCookies: Bool
    public var metricsAccess: MetricsAccess = .loopbackOnly
    public var clock: any WallClock = SystemWallClock()

    public init(dataDirectory: URL, publicURL: URL? = nil) {
        self.dataDirectory = dataDirectory
        self.publicURL = publicURL
        self.secureCookies = publicURL?.scheme?.lowercased() == "https"
    }
}
