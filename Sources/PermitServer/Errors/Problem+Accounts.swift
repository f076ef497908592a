import PermitCore

extension AccountError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .usernameTaken(let name):
            Problem(kind: .conflict, detail: Phrase.problemUsernameTaken(name: name),
                    issues: [FieldIssue(field: "username", problem: .notAllowed)])
        case .districtTaken(let code):
            Problem(kind: .conflict, detail: Phrase.problemDistrictTaken(code: code),
                    issues: [FieldIssue(field: "code", problem: .notAllowed)])
        case .unknownDistrict(let code):
            Problem(kind: .invalidInput, detail: Phrase.problemUnknownDistrict(code: code),
                    issues: [FieldIssue(field: "district", problem: .unknownValue(code.rawValue))])
        case .unknownUser(let name):
            Problem(kind: .notFound, detail: Phrase.problemUnknownUser(name: name))
        case .invalidCredentials:
            Problem(kind: .invalidCredentials, detail: .problemInvalidCredentialsDetail)
        case .throttled(let seconds):
            Problem(kind: .throttled, detail: Phrase.problemThrottledDetail(wait: Problem.duration(seconds)), retryAfterSeconds: seconds)
        case .cannotDisableSelf:
            Problem(kind: .conflict, detail: .problemCannotDisableSelf)
        case .cannotResetOwnPassword:
            Problem(kind: .conflict, detail: .problemCannotResetOwnPassword)
        case .wrongCurrentPassword:
            Problem(kind: .forbidden, detail: .problemWrongCurrentPassword)
        }
    }
}
