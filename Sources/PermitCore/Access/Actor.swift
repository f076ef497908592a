/// Who is asking: the anonymous public, a signed-in account, or the
/// installation itself acting through its operator (the command line, the
/// demo seed, start-up), which no request can claim to be.
public enum Actor: Hashable, Sendable {
    case anonymous
    case user(User)
    /// The operator with the database at hand, by the name the ledger
    /// records (`cli`, `demo-seed`); the access policy allows it everything.
    case system(String)

    public var user: User? {
        if case .user(let user) = self { user } else { nil }
    }

    public var reference: ActorReference {
        switch self {
        case .anonymous: .system("public")
        case .user(let user): .user(user.username)
        case .system(let name): .system(name)
        }
    }
}
