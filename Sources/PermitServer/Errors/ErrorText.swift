import PermitCore

/// The words a person sees for an error, outside HTTP (the command line uses
/// it): the same catalogue and mapping as the problem bodies.
public func localizedDescription(of error: any Error, in language: Language = .default) -> String {
    let problem = Problem(error, maxBodySize: 0)
    if problem.kind == .internalError { return String(describing: error) }
    let detail = problem.detailText(language)
    let fields = problem.issues.map { $0.text(language) }
    return ([detail] + fields).joined(separator: "\n")
}
