/// Turns a password into a slow, salted hash and checks one against it. The
/// algorithm lives at the edge (bcrypt in the server); the domain only needs to
/// know that passwords are never stored or compared in the clear.
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, against hash: String) throws -> Bool
}
