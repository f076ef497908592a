import Foundation
import PermitCore

/// Everything an installation can be told at start-up. The defaults are the
/// embedded set-up: SQLite and evidence files under `./data`.
public struct AppConfiguration: Sendable {
    public var dataDirectory: URL
    /// Largest request body the API collects; larger bodies get a 413 problem.
    public var maxBodySize: Int = 1 << 20
    /// bcrypt cost; 12 or more in production. Tests may lower it for speed.
    public var passwordHashCost: Int = 12
    public var sessionLifetime: TimeInterval = 8 * 60 * 60
    /// Set behind HTTPS so browsers never send the session cookie in clear.
    public var secureCookies = false
    public var clock: any WallClock = SystemWallClock()

    public init(dataDirectory: URL) {
        self.dataDirectory = dataDirectory
    }
}
