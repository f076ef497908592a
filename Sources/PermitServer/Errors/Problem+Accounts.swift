import PermitCore

extension AccountError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .usernameTaken(let name):
            Problem(kind: .conflict, detail: .problemUsernameTaken, arguments: ["name": name.rawValue],
                    issues: [FieldIssue(field: "username", problem: .notAllowed)])
        case .districtTaken(let code):
            Problem(kind: .conflict, detail: .problemDistrictTaken, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "code", problem: .notAllowed)])
        case .unknownDistrict(let code):
            Problem(kind: .invalidInput, detail: .problemUnknownDistrict, arguments: ["code": code.rawValue],
                    issues: [FieldIssue(field: "district", problem: .unknownValue(code.rawValue))])
        case .unknownUser(let name):
            Problem(kind: .notFound, detail: .problemUnknownUser, arguments: ["name": name.rawValue])
        case .invalidCredentials:
            Problem(kind: .invalidCredentials, detail: .problemInvalidCredentialsDetail)
        case .throttled(let seconds):
            Problem(kind: .throttled, detail: .problemThrottledDetail, retryAfterSeconds: seconds,
                    nestedPhrase: Problem.duration(seconds, as: "wait"))
        case .cannotDisableSelf:
            Problem(kind: .conflict, detail: .problemCannotDisableSelf)
        case .cannotResetOwnPassword:
            Problem(kind: .conflict, detail: .problemCannotResetOwnPassword)
        case .wrongCurrentPassword:
            Problem(kind: .forbidden, detail: .problemWrongCurrentPassword)
        }
    }
}
