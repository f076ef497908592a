import Foundation

/// The source of "now". Injected everywhere, so tests decide what time it is.
public protocol WallClock: Sendable {
    func now() -> Date
}

/// The machine's clock, for production.
public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}
