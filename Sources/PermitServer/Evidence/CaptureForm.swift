import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The capture page without script: one plain form per node, its file
/// streamed to the upload store as it arrives and recorded like a tus
/// upload. Nothing is kept unless the whole file arrived and the form was
/// ours; a refusal shows the page again with the reason.
enum CaptureForm {
    @Sendable static func upload(req: Request) async throws -> Response {
        let number = try CasesAPIController.number(req)
        guard let node = req.parameters.get("node") else { throw Abort(.notFound) }
        let user = try req.requireUser()
        // Who may act on the case is settled before the body is read.
        _ = try await EvidenceCommands.capture(number, in: req.commandContext)
        return try await req.submit {
            let (upload, sent) = try await FormUpload.receive(req, for: user)
            _ = try await EvidenceCommands.record(
                .init(upload: upload.id, kind: sent["kind"] ?? "", label: sent["label"] ?? "", subject: sent["subject"], device: sent["device"]),
                to: node, of: number, in: req.commandContext
            )
            return CaptureURL.page(.value(number)).path([:], fragment: "node-\(node)")
        } orShowAgain: { errors, status in
            try await CapturePage.render(req, errors: errors, status: status)
        }
    }
}
