import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The application page's attachment form without script: the file is
/// streamed to the upload store as it arrives, then attached as a tus
/// upload would be. A refusal shows the application again with the reason.
enum ApplicationAttachmentForm {
    @Sendable static func upload(req: Request) async throws -> Response {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        let user = try req.requireUser()
        // Only the enterprise's own application, before the body is read.
        _ = try await LicensingCommands.show(number, in: req.commandContext)
        guard user.role == .enterprise else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        return try await req.submit {
            let (upload, sent) = try await FormUpload.receive(req, for: user)
            _ = try await LicensingCommands.attach(number, kind: sent["kind"] ?? "", upload: upload.id, label: sent["label"] ?? "", in: req.commandContext)
            return LicensingURL.page(.value(number)).path
        } orShowAgain: { errors, status in
            try await ApplicationPages.render(req, errors: errors, status: status)
        }
    }
}

