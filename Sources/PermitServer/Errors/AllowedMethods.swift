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
    func methods(for path: String) -> [String]? {
        let segments = path.split(separator: "/").map(String.init)
        let found = routes.filter { Self.matches($0.path, segments[...]) }.flatMap(\.methods)
        return found.isEmpty ? nil : Set(found).sorted()
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
