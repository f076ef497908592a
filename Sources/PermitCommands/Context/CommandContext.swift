import Foundation
import PermitCore
import PermitStore

/// Everything a command needs besides its input: who asks, what time it
/// is, where new identifiers and randomness come from, and the store. The
/// HTTP handlers, pages, command line, demo and jobs each build one; a
/// command never sees a request.
public struct CommandContext: Sendable {
    public let actor: Actor
    public let clock: any WallClock
    public let ids: any IdentifierSource
    /// Draws that must be reproducible from a published seed bring their own
    /// generator; this one is for everything else.
    public let randomness: @Sendable () -> UInt64
    public let store: Store

    public init(
        actor: Actor, clock: any WallClock, ids: any IdentifierSource = RandomIdentifiers(),
        randomness: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }, store: Store
    ) {
        self.actor = actor
        self.clock = clock
        self.ids = ids
        self.randomness = randomness
        self.store = store
    }

    /// The same context acting as someone else, e.g. the demo acting as
    /// each of its accounts in turn.
    public func acting(as actor: Actor) -> CommandContext {
        CommandContext(actor: actor, clock: clock, ids: ids, randomness: randomness, store: store)
    }

    public var now: Date { clock.now() }

    /// The signed-in user, or the refusal a command answers anyone else with.
    public func requireUser() throws(CommandError) -> User {
        guard let user = actor.user else { throw .denied(.notSignedIn) }
        return user
    }

    /// The bureau's own decisions about an enterprise (exits, the
    /// blacklist): a city officer, or an officer of its district.
    func requireBureauOfficer(_ user: User, for district: DistrictCode) throws(CommandError) {
        guard user.role == .cityOfficer || user.role == .districtOfficer else { throw .denied(.roleNotPermitted(user.role)) }
        try require(.openCases, on: .district(district))
    }

    /// Asks the access policy, as every route does, from inside the command.
    public func require(_ action: Action, on resource: Resource = .installation) throws(CommandError) {
        if case .deny(let denial) = AccessPolicy.decide(actor, action, on: resource) { throw .denied(denial) }
    }

    /// Refuses unless the policy allows `action` on at least one of the
    /// districts a record belongs to: an enterprise is seen by its registered
    /// and production districts alike (SUP-11).
    public func require(_ action: Action, onAnyOf districts: Set<DistrictCode>) throws(CommandError) {
        if case .system = actor { return }
        var denial = actor.user.map { AccessPolicy.Denial.roleNotPermitted($0.role) } ?? .notSignedIn
        for district in districts.sorted() {
            switch AccessPolicy.decide(actor, action, on: .district(district)) {
            case .allow: return
            case .deny(let reason): denial = reason
            }
        }
        throw .denied(denial)
    }
}

/// Why a command refused, when it is not a rule of one capability.
public enum CommandError: Error, Hashable, Sendable {
    case denied(AccessPolicy.Denial)
    /// Nothing of that name exists, or the actor may not know it does.
    case notFound
}

extension CommandContext {
    /// The installation's operator (the command line, the demo seed,
    /// start-up), recorded in the ledger as `system:<name>`.
    public static func system(
        _ name: String, clock: any WallClock, ids: any IdentifierSource = RandomIdentifiers(), store: Store
    ) -> CommandContext {
        CommandContext(actor: .system(name), clock: clock, ids: ids, store: store)
    }
}

extension InvalidInput {
    /// A decision about an enterprise the registry does not hold: the
    /// credit code is what the user can put right, so it is named.
    static func unregistered(_ code: UnifiedSocialCreditCode) -> InvalidInput {
        InvalidInput([FieldIssue(field: "creditCode", problem: .unknownValue(code.rawValue))])
    }
}
