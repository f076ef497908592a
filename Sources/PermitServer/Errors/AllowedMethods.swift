import Vapor

/// Which methods each registered path answers, so a request with another
/// method gets 405 and an `Allow` header (RFC 9110 §15.5.6) rather than a
/// 404 that says the path does not exist.
struct AllowedMethods: Sendable {
    private let routes: [(path: [PathComponent], methods: [String])]

    init(_ registered: [Route]) {
        var methods: [[PathComponent]: Set<String>] = [:]
        for route in registered { methods[route.path, default: []].insert(route.method.rawValue) }
        routes = methods.map { ($0.key, $0.value.sorted()) }
    }

    /// The methods the path answers, or nil when no route has this path.
    /// As the router does, a constant segment wins over a parameter:
    /// `/enterprises/export` is not `/enterprises/:id`.
    func methods(for path: String) -> [String]? {
        let segments = path.split(separator: "/").map(String.init)
        let matching = routes.filter { Self.matches($0.path, segments[...]) }
        guard let best = matching.map({ Self.shape($0.path) }).min(by: { $0.lexicographicallyPrecedes($1) }) else { return nil }
        return Set(matching.filter { Self.shape($0.path) == best }.flatMap(\.methods)).sorted()
    }

    /// How specific each segment is: a constant before a parameter before
    /// a catch-all.
    private static func shape(_ pattern: [PathComponent]) -> [Int] {
        pattern.map { component in
            switch component {
            case .constant: 0
            case .parameter, .anything: 1
            case .catchall: 2
            }
        }
    }

    private static func matches(_ pattern: [PathComponent], _ segments: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return segments.isEmpty }
        switch first {
        case .catchall: return !segments.isEmpty
        case .constant(let value):
            guard segments.first == value else { return false }
        case .parameter, .anything:
            guard !segments.isEmpty else { return false }
        }
        return matches(Array(pattern.dropFirst()), segments.dropFirst())
    }
}

extension Application {
    private struct AllowedMethodsKey: StorageKey {
        typealias Value = AllowedMethods
    }

    /// Built once all routes are registered (`configure`).
    var allowedMethods: AllowedMethods? {
        get { storage[AllowedMethodsKey.self] }
        set { storage[AllowedMethodsKey.self] = newValue }
    }
}
