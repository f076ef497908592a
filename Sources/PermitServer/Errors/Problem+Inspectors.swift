import PermitCore

extension InspectorError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .certificateTaken(let number):
            Problem(kind: .conflict, detail: Phrase.problemCertificateTaken(number: number),
                    issues: [FieldIssue(field: "certificateNumber", problem: .notAllowed)])
        case .unknownInspector:
            Problem(kind: .notFound, detail: .problemUnknownInspector)
        case .unknownDistrict(let code):
            Problem(kind: .notFound, detail: Phrase.problemUnknownDistrict(code: code))
        case .unchanged:
            Problem(kind: .conflict, detail: .problemNothingChanged)
        }
    }
}
