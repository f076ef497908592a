import PermitCore
import PermitStore
import Vapor

extension Problem {
    /// Puts every error the server can meet into a problem. Anything not known
    /// here is an internal error: its text is logged, never shown.
    init(_ error: any Error, maxBodySize: Int) {
        switch error {
        case let problem as Problem:
            self = problem
        case let invalid as InvalidInput:
            self.init(kind: .invalidInput, detail: .problemInvalidInputDetail, issues: invalid.issues)
        case let convertible as any ProblemConvertible:
            self = convertible.problem
        case let decoding as DecodingError:
            self.init(decoding)
        case let abort as any AbortError:
            self.init(status: abort.status, maxBodySize: maxBodySize)
        default:
            self.init(kind: .internalError, detail: .failure)
        }
    }

    /// "4 秒", "15 分钟": a wait in words, whole minutes from one minute on.
    static func duration(_ seconds: Int) -> Bilingual {
        seconds < 60 ? Phrase.durationSeconds(count: max(1, seconds)) : Phrase.durationMinutes(count: (seconds + 59) / 60)
    }

    init(_ denial: AccessPolicy.Denial) {
        switch denial {
        case .notSignedIn: self.init(kind: .unauthorized, detail: .problemUnauthorizedDetail)
        case .accountDisabled: self.init(kind: .forbidden, detail: .problemForbiddenDisabled)
        case .roleNotPermitted: self.init(kind: .forbidden, detail: .problemForbiddenRole)
        case .outsideDistrict: self.init(kind: .forbidden, detail: .problemForbiddenDistrict)
        case .passwordChangeRequired: self.init(kind: .passwordChangeRequired, detail: .problemPasswordChangeRequiredDetail)
        }
    }

    /// A JSON syntax error is a malformed body; a well-formed body with a
    /// missing field or a wrong type names the field.
    init(_ error: DecodingError) {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (codingPath + (last.map { [$0] } ?? [])).reduce(into: "") { path, key in
                if let index = key.intValue { path += "[\(index)]" } else { path += path.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
        }
        let issue: FieldIssue
        switch error {
        case .keyNotFound(let key, let context):
            issue = FieldIssue(field: path(context.codingPath, key), problem: .missing)
        case .valueNotFound(_, let context):
            issue = FieldIssue(field: path(context.codingPath), problem: .missing)
        case .typeMismatch(let type, let context) where !context.codingPath.isEmpty:
            issue = FieldIssue(field: path(context.codingPath), problem: .wrongType(expected: Self.jsonTypeName(type)))
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            issue = FieldIssue(field: path(context.codingPath), problem: .invalidFormat)
        default:
            self.init(kind: .malformedBody, detail: .problemMalformedBodyDetail)
            return
        }
        self.init(kind: .invalidInput, detail: .problemInvalidInputDetail, issues: [issue])
    }

    init(status: HTTPResponseStatus, maxBodySize: Int) {
        switch status {
        case .notFound: self.init(kind: .notFound, detail: .problemNotFoundDetail)
        case .methodNotAllowed: self.init(kind: .methodNotAllowed, detail: Phrase.problemMethodNotAllowedDetail(allowed: []))
        case .payloadTooLarge:
            self.init(kind: .payloadTooLarge, detail: Phrase.problemTooLargeDetail(limit: maxBodySize))
        case .unsupportedMediaType: self.init(kind: .unsupportedMediaType, detail: .problemUnsupportedMediaTypeDetail)
        case .unauthorized: self.init(kind: .unauthorized, detail: .problemUnauthorizedDetail)
        case .forbidden: self.init(kind: .forbidden, detail: .problemForbiddenRole)
        case .serviceUnavailable: self.init(kind: .unavailable, detail: .failure)
        case _ where status.code < 500: self.init(kind: .badRequest, detail: .problemMalformedBodyDetail)
        default: self.init(kind: .internalError, detail: .failure)
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "boolean"
        case is Int.Type, is Int64.Type, is UInt.Type: "integer"
        case is Double.Type, is Float.Type: "number"
        case is [Any].Type: "array"
        default: "object"
        }
    }
}
