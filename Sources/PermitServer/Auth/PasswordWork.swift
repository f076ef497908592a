import PermitCore
import Vapor

extension Request {
    /// bcrypt takes tens of milliseconds on purpose, so it runs on the
    /// thread pool, never on an event loop.
    func hashPassword(_ password: String) async throws -> String {
        let hasher = appContext.passwordHasher
        return try await application.threadPool.runIfActive { try hasher.hash(password) }
    }

    func verifyPassword(_ password: String, against hash: String) async throws -> Bool {
        let hasher = appContext.passwordHasher
        return try await application.threadPool.runIfActive { try hasher.verify(password, against: hash) }
    }
}
