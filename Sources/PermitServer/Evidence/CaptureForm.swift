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
        let id = req.commandContext.ids.next(UploadTag.ID.self).description.replacingOccurrences(of: "-", with: "")
        let (limit, pool) = (req.appContext.configuration.maxUploadSize, req.application.threadPool)
        let fields = Fields()
        return try await req.submit {
            let upload = try await req.store.evidence.uploads.receive(id: id, owner: user.username.rawValue, at: req.now) { write in
                let form = try await req.streamForm(fileField: "file", limit: limit) { buffer in
                    let data = Data(buffer.readableBytesView)
                    try await pool.runIfActive { try write(data) }
                }
                try req.checkCSRF(sent: form.fields["csrf"])
                fields.values = form.fields
                return form.fileName.map { ["filename": $0] } ?? [:]
            }
            let sent = fields.values
            _ = try await EvidenceCommands.record(
                .init(upload: upload.id, kind: sent["kind"] ?? "", label: sent["label"] ?? "", subject: sent["subject"], device: sent["device"]),
                to: node, of: number, in: req.commandContext
            )
            return CaptureURL.page(.value(number)).path([:], fragment: "node-\(node)")
        } orShowAgain: { errors, status in
            try await CapturePage.render(req, errors: errors, status: status)
        }
    }

    /// The form's text fields, known once its body has ended.
    private final class Fields: @unchecked Sendable {
        var values: [String: String] = [:]
    }
}
