import Foundation
import Vapor

/// A path of the site, spelt once. Each capability declares its paths as an
/// enum conforming to this, as SwiftPackageIndex-Server's `SiteURL` does:
/// the same case registers the route (its parameters as `.key`), builds
/// links and redirects (as `.value`), names the path in the OpenAPI
/// document, and is what the route walk finds on every route.
protocol SiteURL: Sendable {
    var segments: [PathSegment] { get }
}

/// A path parameter: its name when the route is registered, its value when a
/// link is built.
enum Parameter<Value: CustomStringConvertible & Sendable>: Sendable {
    case key
    case value(Value)
}

/// One segment of a path.
enum PathSegment: Sendable, Hashable, ExpressibleByStringLiteral {
    case constant(String)
    /// A value for links; `nil` when registering.
    case parameter(name: String, value: String?)
    /// The rest of the path (`**`), as tile paths use.
    case rest(value: String?)

    init(stringLiteral value: String) {
        self = .constant(value)
    }

    static func parameter<Value>(_ name: String, _ parameter: Parameter<Value>) -> PathSegment {
        switch parameter {
        case .key: .parameter(name: name, value: nil)
        case .value(let value): .parameter(name: name, value: value.description)
        }
    }
}

extension SiteURL {
    /// The path for a link or a redirect, parameters percent-encoded.
    var path: String {
        let parts = segments.map { segment -> String in
            switch segment {
            case .constant(let text):
                return text
            case .parameter(let name, let value):
                guard let value else { preconditionFailure("a link needs a value for :\(name)") }
                return value.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? ""
            case .rest(let value):
                guard let value else { preconditionFailure("a link needs the rest of its path") }
                return value
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path with a query, each value percent-encoded; a `nil` value
    /// leaves its name out.
    func path(_ query: KeyValuePairs<String, (any CustomStringConvertible)?>, fragment: String? = nil) -> String {
        let pairs = query.compactMap { name, value in
            value.map { "\(name)=\($0.description.addingPercentEncoding(withAllowedCharacters: queryCharacters) ?? "")" }
        }
        return path + (pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")) + (fragment.map { "#" + $0 } ?? "")
    }

    /// The components Vapor registers, with `:name` parameters.
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            case .rest: .catchall
            }
        }
    }

    /// The path as the OpenAPI document writes it, `/api/v1/cases/{number}`.
    var openAPIPath: String {
        "/" + segments.map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(let name, _): "{\(name)}"
            case .rest: "{path}"
            }
        }.joined(separator: "/")
    }
}

// Built once: a character set is costly to build, and every link uses one.
// A query value may keep its slashes (`next=/cases/XC-2026-00001`); a path
// segment may not.
private let segmentCharacters = CharacterSet.alphanumerics.union(.init(charactersIn: "-._~"))
private let queryCharacters = segmentCharacters.union(.init(charactersIn: "/"))
