/// Who is asking: the anonymous public, or a signed-in account.
public enum Actor: Hashable, Sendable {
    case anonymous
    case user(User)

    public var user: User? {
        if case .user(let user) = self { user } else { nil }
    }

    public var reference: ActorReference {
        switch self {
        case .anonymous: .system("public")
        case .user(let user): .user(user.username)
        }
    }
}
