import PermitCommands
import PermitCore
import Vapor

extension Request {
    /// The context the commands of this request run in: its actor, the
    /// installation's clock and store.
    var commandContext: PermitCommands.CommandContext {
        PermitCommands.CommandContext(actor: actor, clock: appContext.clock, store: store)
    }

    /// Password hashing on the thread pool, for the commands that need it.
    var passwordWork: any PasswordWork { RequestPasswordWork(request: self) }
}

/// bcrypt off the event loops (`Request.hashPassword`).
private struct RequestPasswordWork: PasswordWork {
    let request: Request

    func hash(_ password: String) async throws -> String { try await request.hashPassword(password) }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await request.verifyPassword(password, against: hash)
    }
}
