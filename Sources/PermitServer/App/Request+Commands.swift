import PermitCommands
import PermitCore
import Vapor

extension Request {
    /// The command context of this request: its actor, the installation's
    /// clock and store. Handlers pass it to commands, never the request.
    var commands: PermitCommands.CommandContext {
        CommandContext(actor: actor, clock: appContext.clock, store: store)
    }
}
