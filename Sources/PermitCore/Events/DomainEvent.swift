import Foundation

/// What a change of state was, as the ledger records it: who did what to which
/// subject and when. A change yields one event per subject it changes (an
/// import, one per enterprise), and the store writes the new state and
/// appends its events in one transaction.
public struct DomainEvent: Hashable, Sendable {
    /// A dotted name such as `user.created`; stable, because auditors' tools
    /// read it.
    public struct Kind: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The thing an event is about, e.g. `user` / its id, `case` / its number.
    public struct Subject: Hashable, Sendable {
        public var kind: String
        public var id: String
        public init(kind: String, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    public var kind: Kind
    public var actor: ActorReference
    public var subject: Subject
    public var occurredAt: Date
    /// The state the change produced, as text, so the ledger entry can be
    /// recomputed from the tables it covers and compared.
    public var fields: [String: String]
    /// SHA-256 (lowercase hex) of any evidence the event refers to.
    public var evidence: [String]

    public init(
        kind: Kind, actor: ActorReference, subject: Subject, occurredAt: Date,
        fields: [String: String], evidence: [String] = []
    ) {
        self.kind = kind
        self.actor = actor
        self.subject = subject
        self.occurredAt = occurredAt
        self.fields = fields
        self.evidence = evidence
    }
}

/// Who caused an event, in the form the ledger keeps: `user:<username>` for a
/// person, `system:<name>` for the installation itself (migrations, demo seed,
/// the command line run by the operator).
public struct ActorReference: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static func user(_ name: Username) -> Self { Self(rawValue: "user:\(name.rawValue)") }
    public static func system(_ name: String) -> Self { Self(rawValue: "system:\(name)") }

    public var description: String { rawValue }
}

extension DomainEvent.Kind {
    public static let districtAdded = Self(rawValue: "district.added")
    public static let userCreated = Self(rawValue: "user.created")
    public static let userDisabled = Self(rawValue: "user.disabled")
    public static let userEnabled = Self(rawValue: "user.enabled")
    public static let userPasswordChanged = Self(rawValue: "user.password_changed")
    public static let userPasswordReset = Self(rawValue: "user.password_reset")
    public static let districtRenamed = Self(rawValue: "district.renamed")
}
