import Foundation

/// What the enterprise or the bureau asks of an application.
public enum ApplicationAction: Hashable, Sendable {
    /// The enterprise changes its draft, or answers a request for correction.
    case edit
    /// `problems` is the pre-submission check's finding; submission needs none.
    case submit(problems: [ApplicationProblem])
    /// 受理, by the officer who then answers for it (首问负责制) unless one already does.
    case accept(by: Username)
    /// 不予受理, with the reason the decision letter gives.
    case refuseAcceptance(reason: String)
    /// 补正: everything to correct, told once (一次性告知).
    case requestCorrection(items: String)
    /// 准予行政许可 after the formal review (形式审查).
    case grant
    /// 不予行政许可, with reasons.
    case refuse(reason: String)

    var name: String {
        switch self {
        case .edit: "edit"
        case .submit: "submit"
        case .accept: "accept"
        case .refuseAcceptance: "refuse-acceptance"
        case .requestCorrection: "request-correction"
        case .grant: "grant"
        case .refuse: "refuse"
        }
    }
}

/// Why an application refused an action: typed, with what to put right.
public enum ApplicationRefusal: Error, Hashable, Sendable {
    case notSubmittable([ApplicationProblem])
    /// The action does not follow from where the application stands.
    case outOfOrder(action: String, status: ApplicationStatus)
    /// 一次性告知: corrections are asked for once, all together.
    case correctionAlreadyRequested
    case reasonMissing
}

/// The application's states and the only ways between them (LIC-5, LIC-6):
/// draft → submitted → accepted → granted | refused; from submitted also
/// acceptance refused, or a correction requested once, which goes back to
/// the enterprise and returns by a new submission.
public enum ApplicationMachine {
    public static func apply(_ action: ApplicationAction, to application: LicenseApplication) throws(ApplicationRefusal) -> LicenseApplication {
        var next = application
        let status = application.status
        func require(_ allowed: ApplicationStatus...) throws(ApplicationRefusal) {
            guard allowed.contains(status) else { throw .outOfOrder(action: action.name, status: status) }
        }
        switch action {
        case .edit:
            try require(.draft, .correctionRequested)
        case .submit(let problems):
            try require(.draft, .correctionRequested)
            guard problems.isEmpty else { throw .notSubmittable(problems) }
            next.status = .submitted
        case .accept(let officer):
            try require(.submitted)
            next.status = .accepted
            next.responsibleOfficer = application.responsibleOfficer ?? officer
        case .refuseAcceptance(let reason):
            try require(.submitted)
            next.refusalReason = try Self.reason(reason)
            next.status = .acceptanceRefused
        case .requestCorrection(let items):
            try require(.submitted)
            guard application.correction == nil else { throw .correctionAlreadyRequested }
            next.correction = try Self.reason(items)
            next.status = .correctionRequested
        case .grant:
            try require(.accepted)
            next.status = .granted
        case .refuse(let reason):
            try require(.accepted)
            next.refusalReason = try Self.reason(reason)
            next.status = .refused
        }
        return next
    }

    private static func reason(_ text: String) throws(ApplicationRefusal) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .reasonMissing }
        return trimmed
    }
}
