import PermitCore

extension InspectorError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .certificateTaken(let number):
            Problem(kind: .conflict, detail: .problemCertificateTaken, arguments: ["number": number.rawValue],
                    issues: [FieldIssue(field: "certificateNumber", problem: .notAllowed)])
        case .unknownInspector:
            Problem(kind: .notFound, detail: .problemUnknownInspector)
        case .unknownDistrict(let code):
            Problem(kind: .notFound, detail: .problemUnknownDistrict, arguments: ["code": code.rawValue])
        case .unchanged:
            Problem(kind: .conflict, detail: .problemNothingChanged)
        }
    }
}
