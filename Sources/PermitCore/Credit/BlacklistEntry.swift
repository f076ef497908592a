import Foundation

public typealias BlacklistEntryID = Identifier<BlacklistEntry>

/// 黑名单 — the quality blacklist (LIC-13, seed 003 二(五)): an enterprise
/// listed for serious breach of quality trust, so that "一处失信处处受限"
/// (untrustworthy in one place, restricted everywhere). A listing names its
/// reason and basis; it ends on its own at `until`, or earlier when the
/// bureau removes it (移出) with a reason. Nothing is deleted: a removed
/// listing stays in the history the enterprise's pages show.
public struct BlacklistEntry: Hashable, Sendable {
    public let id: BlacklistEntryID
    public let creditCode: UnifiedSocialCreditCode
    public let enterpriseName: String
    /// 列入事由
    public let reason: String
    /// 列入依据: the decision or the rule it rests on.
    public let basis: String
    public let listedOn: CivilDate
    /// The end of the listing period, if the decision set one.
    public let until: CivilDate?
    public let listedBy: ActorReference
    public var removal: Removal?

    public struct Removal: Hashable, Sendable {
        public let on: CivilDate
        public let reason: String
        public let by: ActorReference

        public init(on: CivilDate, reason: String, by: ActorReference) {
            self.on = on
            self.reason = reason
            self.by = by
        }
    }

    public init(
        id: BlacklistEntryID, creditCode: UnifiedSocialCreditCode, enterpriseName: String, reason: String, basis: String, listedOn: CivilDate,
        until: CivilDate?, listedBy: ActorReference, removal: Removal? = nil
    ) {
        self.id = id
        self.creditCode = creditCode
        self.enterpriseName = enterpriseName
        self.reason = reason
        self.basis = basis
        self.listedOn = listedOn
        self.until = until
        self.listedBy = listedBy
        self.removal = removal
    }

    /// Listed and not yet out, on `day`.
    public func isInForce(on day: CivilDate) -> Bool {
        guard removal == nil, listedOn <= day else { return false }
        return until.map { day <= $0 } ?? true
    }
}

/// The rules of listing and removal, apart from who may do them.
public enum Blacklisting {
    public static let textLimit = 500

    /// A listing as the bureau states it: reason and basis required, the
    /// period, if any, ending after the day of listing.
    public static func list(
        id: BlacklistEntryID, creditCode: UnifiedSocialCreditCode, enterpriseName: String, reason: String, basis: String, until: CivilDate?,
        alreadyInForce: Bool, by actor: ActorReference, on day: CivilDate
    ) throws(BlacklistRefusal) -> BlacklistEntry {
        if alreadyInForce { throw .alreadyListed }
        var issues = [("reason", reason), ("basis", basis)].compactMap { field, text in
            TextRules.lengthProblem(text.trimmingWhitespaceAndNewlines(), allowed: 1...textLimit).map { FieldIssue(field: field, problem: $0) }
        }
        if let until, until <= day { issues.append(FieldIssue(field: "until", problem: .notAllowed)) }
        guard issues.isEmpty else { throw .invalid(InvalidInput(issues)) }
        return BlacklistEntry(
            id: id, creditCode: creditCode, enterpriseName: enterpriseName, reason: reason.trimmingWhitespaceAndNewlines(),
            basis: basis.trimmingWhitespaceAndNewlines(), listedOn: day, until: until, listedBy: actor
        )
    }

    /// 移出: only a listing in force, and with a reason.
    public static func remove(_ entry: BlacklistEntry, reason: String, by actor: ActorReference, on day: CivilDate) throws(BlacklistRefusal) -> BlacklistEntry {
        guard entry.isInForce(on: day) else { throw .notInForce }
        let stated = reason.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(stated, allowed: 1...textLimit) {
            throw .invalid(InvalidInput([FieldIssue(field: "reason", problem: problem)]))
        }
        var removed = entry
        removed.removal = .init(on: day, reason: stated, by: actor)
        return removed
    }
}

public enum BlacklistRefusal: Error, Hashable, Sendable {
    case invalid(InvalidInput)
    /// The enterprise is already on the list; a second listing would only
    /// blur which decision holds.
    case alreadyListed
    case notInForce
}
