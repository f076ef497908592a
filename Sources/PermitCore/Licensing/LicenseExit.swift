import Foundation

/// 退出 (LIC-12): a licence ended by the issuing authority. Withdrawal
/// (撤回), revocation (撤销) and revocation as a penalty (吊销) first tell the
/// holder the facts, reasons and basis and hear its statement and defence
/// or hold a hearing (听证); cancellation (注销) records the ground. Then the
/// decision is served and executed: the certificate's public status changes
/// at execution. Each step is a node of the exit's case.
public struct LicenseExit: Hashable, Sendable {
    public var caseNumber: CaseNumber
    public var certificate: LicenseNumber
    public var kind: ExitKind
    public var ground: String
    public var status: ExitStatus
    public var openedAt: Date
    public var openedBy: ActorReference

    public init(
        caseNumber: CaseNumber, certificate: LicenseNumber, kind: ExitKind, ground: String, status: ExitStatus = .opened, openedAt: Date,
        openedBy: ActorReference
    ) {
        self.caseNumber = caseNumber
        self.certificate = certificate
        self.kind = kind
        self.ground = ground
        self.status = status
        self.openedAt = openedAt
        self.openedBy = openedBy
    }
}

public enum ExitKind: String, Hashable, Sendable, Codable, CaseIterable {
    case withdrawal
    case revocation
    case penaltyRevocation = "penalty-revocation"
    case cancellation

    public var caseKind: CaseKind {
        switch self {
        case .withdrawal: .withdrawal
        case .revocation: .revocation
        case .penaltyRevocation: .penaltyRevocation
        case .cancellation: .cancellation
        }
    }

    /// What the certificate becomes once the decision is executed.
    public var outcome: CertificateStatus { self == .cancellation ? .cancelled : .revoked }

    /// Everything but cancellation takes something from the holder, who is
    /// heard first (行政许可法 第36条, 行政处罚法).
    public var hearsTheHolder: Bool { self != .cancellation }

    public var process: ProcessDefinition {
        switch self {
        case .withdrawal: .licenseWithdrawal
        case .revocation: .licenseRevocation
        case .penaltyRevocation: .licensePenaltyRevocation
        case .cancellation: .licenseCancellation
        }
    }

    public var name: Bilingual {
        switch self {
        case .withdrawal: Bilingual("撤回", en: "withdrawal")
        case .revocation: Bilingual("撤销", en: "revocation")
        case .penaltyRevocation: Bilingual("吊销", en: "revocation as a penalty")
        case .cancellation: Bilingual("注销", en: "cancellation")
        }
    }
}

public enum ExitStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case opened
    /// 告知: the holder was told the facts, reasons and basis.
    case noticed
    /// 陈述申辩 or 听证 held, or waived by the holder.
    case heard
    case decided
    /// 送达.
    case served
    /// 执行: the certificate's status changed.
    case executed
}

public enum ExitAction: Hashable, Sendable {
    case notify
    /// The holder's statement and defence, or the hearing (`hearing`).
    case hear(hearing: Bool)
    /// The holder did not state, defend or ask for a hearing in time.
    case waive
    case decide
    case serve
    case execute

    public var name: String {
        switch self {
        case .notify: "notify"
        case .hear: "hear"
        case .waive: "waive"
        case .decide: "decide"
        case .serve: "serve"
        case .execute: "execute"
        }
    }
}

public enum ExitRefusal: Error, Hashable, Sendable {
    case outOfOrder(action: String, status: ExitStatus)
    /// The certificate is not valid (already revoked or cancelled).
    case certificateNotInForce(CertificateStatus)
    case textMissing
    /// An exit's nodes are settled by its own steps, which also change the
    /// certificate, never by the case's general forms.
    case settledByExitSteps

    /// Refuses the general forms on an exit's case.
    public static func checkGeneral(_ subject: Case) throws(ExitRefusal) {
        if ExitKind.allCases.contains(where: { $0.process.id == subject.process }) { throw .settledByExitSteps }
    }
}

/// The only order of an exit: no decision before the holder was heard, no
/// execution before service (LIC-12).
public enum ExitMachine {
    public static func apply(_ action: ExitAction, to exit: LicenseExit) throws(ExitRefusal) -> LicenseExit {
        var next = exit
        let hears = exit.kind.hearsTheHolder
        func from(_ allowed: ExitStatus, to status: ExitStatus) throws(ExitRefusal) {
            guard exit.status == allowed else { throw .outOfOrder(action: action.name, status: exit.status) }
            next.status = status
        }
        switch action {
        case .notify:
            guard hears else { throw .outOfOrder(action: action.name, status: exit.status) }
            try from(.opened, to: .noticed)
        case .hear, .waive:
            guard hears else { throw .outOfOrder(action: action.name, status: exit.status) }
            try from(.noticed, to: .heard)
        case .decide: try from(hears ? .heard : .opened, to: .decided)
        case .serve: try from(.decided, to: .served)
        case .execute: try from(.served, to: .executed)
        }
        return next
    }
}
