import PermitCommands
import PermitCore

extension AccessDenied: ProblemConvertible {
    var problem: Problem { Problem(denial) }
}

extension CommandError: ProblemConvertible {
    /// A command's refusal reads as the route guard's would; a thing that
    /// does not exist, or that the caller may not know exists, is not found.
    var problem: Problem {
        switch self {
        case .denied(let denial): Problem(denial)
        case .notFound: Problem(kind: .notFound, detail: .problemNotFoundDetail)
        }
    }
}
