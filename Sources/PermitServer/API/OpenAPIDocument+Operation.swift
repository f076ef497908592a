import Vapor

/// How each capability describes its operations and their parameters.
extension OpenAPIDocument {
    struct Operation {
        /// Lower case, as OpenAPI's path items name their operations.
        let method: String
        /// The path as its capability's `SiteURL` spells it.
        let path: String
        let summary: String
        let tag: String
        /// The JSON request body's schema.
        let request: String?
        let success: (status: Int, schema: String?)
        /// Problems particular to the operation; those every operation of
        /// its kind can answer are added by `statuses`.
        let problems: [Int]
        let isPublic: Bool
        var query: [QueryParameter] = []
        /// A body that is not JSON (`text/csv`, `text/plain`).
        var rawBody: String? = nil
        /// Request headers the operation reads, as tus's `Upload-Length`.
        var headers: [QueryParameter] = []
        /// tus accepts a PATCH of no bytes.
        var bodyRequired = true

        init(
            _ method: HTTPMethod, _ url: some SiteURL, summary: String, tag: String, request: String?, success: (status: Int, schema: String?),
            problems: [Int], isPublic: Bool, query: [QueryParameter] = [], rawBody: String? = nil, headers: [QueryParameter] = [],
            bodyRequired: Bool = true
        ) {
            self.bodyRequired = bodyRequired
            self.headers = headers
            self.method = method.rawValue.lowercased()
            self.path = url.openAPIPath
            self.summary = summary
            self.tag = tag
            self.request = request
            self.success = success
            self.problems = problems
            self.isPublic = isPublic
            self.query = query
            self.rawBody = rawBody
        }

        var hasBody: Bool { request != nil || rawBody != nil }
        var hasPathParameters: Bool { path.contains("{") }

        /// Every status the server can answer for this operation: what any
        /// request can meet (a malformed request, an oversized head), what a
        /// signed-in route, a path parameter, a body or a query can meet,
        /// and the operation's own.
        var statuses: [Int] {
            var codes: Set<Int> = [400, 414, 431]
            if !isPublic { codes.formUnion([401, 403]) }
            if hasPathParameters { codes.insert(404) }
            if hasBody { codes.formUnion([413, 415, 422]) }
            if !query.isEmpty { codes.insert(422) }
            return codes.union(problems).sorted()
        }
    }

    /// A query parameter with the JSON schema its values must satisfy.
    struct QueryParameter {
        let name: String
        let required: Bool
        let schema: JSONValue

        static func integer(_ name: String, minimum: Int = 0, maximum: Int? = nil, required: Bool = false) -> QueryParameter {
            var schema: [(String, JSONValue)] = [("type", "integer"), ("minimum", .int(minimum))]
            if let maximum { schema.append(("maximum", .int(maximum))) }
            return QueryParameter(name: name, required: required, schema: .object(schema))
        }

        static func text(_ name: String, pattern: String? = nil, maxLength: Int? = nil, format: String? = nil, required: Bool = false) -> QueryParameter {
            var schema: [(String, JSONValue)] = [("type", "string")]
            if let pattern { schema.append(("pattern", .string(pattern))) }
            if let maxLength { schema.append(("maxLength", .int(maxLength))) }
            if let format { schema.append(("format", .string(format))) }
            return QueryParameter(name: name, required: required, schema: .object(schema))
        }

        static func boolean(_ name: String) -> QueryParameter {
            QueryParameter(name: name, required: false, schema: ["type": "boolean"])
        }

        /// Empty means every district the caller sees, as the pages send it.
        static let district = text("district", pattern: "^([0-9]{6})?$")
        /// A past catalogue version; empty means the current one.
        static let version = text("version", pattern: "^([1-9][0-9]{0,8})?$")
    }
}
