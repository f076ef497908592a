import PermitCore

/// Hashing and checking passwords, which is slow on purpose: the server
/// runs it on its thread pool, off the event loops; the command line and the
/// demo seed run it where they are. Commands take it as part of their input.
public protocol PasswordWork: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, against hash: String) async throws -> Bool
}

/// The hasher called in place, for processes with no event loop to keep free.
public struct InlinePasswordWork: PasswordWork {
    let hasher: any PasswordHashing

    public init(_ hasher: any PasswordHashing) {
        self.hasher = hasher
    }

    public func hash(_ password: String) async throws -> String { try hasher.hash(password) }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try hasher.verify(password, against: hash)
    }
}
