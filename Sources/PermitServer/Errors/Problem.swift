import PermitCore
import Vapor

/// The kinds of problem the server reports, each with its HTTP status and a
/// stable `type` URI that client programs can switch on (RFC 9457 §3.1.1).
enum ProblemKind: String, Sendable {
    case malformedBody = "malformed-body"
    case invalidInput = "invalid-input"
    case unauthorized
    case invalidCredentials = "invalid-credentials"
    case forbidden
    case notFound = "not-found"
    case methodNotAllowed = "method-not-allowed"
    case conflict
    case preconditionFailed = "precondition-failed"
    /// tus's own status for a chunk whose checksum does not match.
    case checksumMismatch = "checksum-mismatch"
    case payloadTooLarge = "payload-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case uriTooLong = "uri-too-long"
    case headersTooLarge = "headers-too-large"
    case throttled
    case formExpired = "form-expired"
    case passwordChangeRequired = "password-change-required"
    case badRequest = "bad-request"
    case internalError = "internal-error"
    case unavailable

    var type: String { "urn:permittrail:problem:\(rawValue)" }

    var status: HTTPResponseStatus {
        switch self {
        case .malformedBody, .badRequest: .badRequest
        case .invalidInput: .unprocessableEntity
        case .unauthorized, .invalidCredentials: .unauthorized
        case .forbidden, .formExpired, .passwordChangeRequired: .forbidden
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .conflict: .conflict
        case .preconditionFailed: .preconditionFailed
        case .checksumMismatch: HTTPResponseStatus(statusCode: 460, reasonPhrase: "Checksum Mismatch")
        case .payloadTooLarge: .payloadTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .uriTooLong: .uriTooLong
        case .headersTooLarge: .requestHeaderFieldsTooLarge
        case .throttled: .tooManyRequests
        case .internalError: .internalServerError
        case .unavailable: .serviceUnavailable
        }
    }

    var title: Phrase {
        switch self {
        case .malformedBody: .problemMalformedBody
        case .invalidInput: .problemInvalidInput
        case .unauthorized: .problemUnauthorized
        case .invalidCredentials: .problemInvalidCredentials
        case .forbidden: .problemForbidden
        case .notFound: .problemNotFound
        case .methodNotAllowed: .problemMethodNotAllowed
        case .conflict: .problemConflict
        case .preconditionFailed: .problemPreconditionFailed
        case .checksumMismatch: .problemChecksumMismatch
        case .payloadTooLarge: .problemTooLarge
        case .unsupportedMediaType: .problemUnsupportedMediaType
        case .uriTooLong: .problemURITooLong
        case .headersTooLarge: .problemHeadersTooLarge
        case .throttled: .problemThrottled
        case .formExpired: .problemCSRF
        case .passwordChangeRequired: .problemPasswordChangeRequired
        case .badRequest: .problemBadRequest
        case .internalError: .problemInternal
        case .unavailable: .problemUnavailable
        }
    }
}

/// A problem before it is put into a language: the kind, the detail in both
/// languages and the fields at fault. Rendered per request language as
/// `application/problem+json` or as an error page.
struct Problem: Error, Sendable {
    /// What the detail says. Most problems are worded when they are made; a
    /// failure of the server's own quotes the request ID, which is known only
    /// when the reply is written.
    enum Detail: Sendable, Equatable {
        case worded(Bilingual)
        case failure
    }

    var kind: ProblemKind
    var detail: Detail
    var issues: [FieldIssue] = []
    var retryAfterSeconds: Int?
    /// For a 405: the methods the path does answer.
    var allowedMethods: [String]?
    /// For a node that cannot be completed: the records it still lacks.
    var missing: [String]?

    init(kind: ProblemKind, detail: Detail, issues: [FieldIssue] = [], retryAfterSeconds: Int? = nil, missing: [String]? = nil) {
        self.kind = kind
        self.detail = detail
        self.issues = issues
        self.retryAfterSeconds = retryAfterSeconds
        self.missing = missing
    }

    init(kind: ProblemKind, detail: Bilingual, issues: [FieldIssue] = [], retryAfterSeconds: Int? = nil, missing: [String]? = nil) {
        self.init(kind: kind, detail: .worded(detail), issues: issues, retryAfterSeconds: retryAfterSeconds, missing: missing)
    }

    init(kind: ProblemKind, detail: Phrase, issues: [FieldIssue] = [], retryAfterSeconds: Int? = nil, missing: [String]? = nil) {
        self.init(kind: kind, detail: .worded(detail.bilingual), issues: issues, retryAfterSeconds: retryAfterSeconds, missing: missing)
    }

    /// The detail in `language`. Without a request ID, as outside a request,
    /// a failure quotes a dash.
    func detailText(_ language: Language, requestID: String? = nil) -> String {
        switch detail {
        case .worded(let worded): worded.text(language)
        case .failure: Phrase.problemInternalDetail(requestID: requestID ?? "—").text(language)
        }
    }

    func document(_ language: Language, requestID: String, instance: String) -> ProblemDocument {
        ProblemDocument(
            type: kind.type,
            title: kind.title.text(language),
            status: Int(kind.status.code),
            detail: detailText(language, requestID: requestID),
            instance: instance,
            requestId: requestID,
            errors: issues.isEmpty ? nil : issues.map {
                ProblemDocument.FieldError(field: $0.path, detail: $0.text(language))
            },
            missing: missing
        )
    }
}

/// The wire form of RFC 9457, with the `errors` extension member for fields.
struct ProblemDocument: Content, Equatable {
    struct FieldError: Codable, Equatable, Sendable {
        let field: String
        let detail: String
    }

    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String
    let requestId: String
    let errors: [FieldError]?
    /// Records a node still lacks, as `RecordRequirement` spells them.
    var missing: [String]? = nil

    static let contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
}
