import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// A page form's file, streamed to the upload store as it arrives, for the
/// user who sent it; the form's token is checked once the body has ended,
/// and nothing is kept unless it matched and the whole file arrived.
enum FormUpload {
    static func receive(_ req: Request, for user: User) async throws -> (upload: UploadInfo, fields: [String: String]) {
        let id = req.commandContext.ids.next(UploadTag.ID.self).description.replacingOccurrences(of: "-", with: "")
        let (limit, pool) = (req.appContext.configuration.maxUploadSize, req.application.threadPool)
        let fields = SentFields()
        let upload = try await req.store.evidence.uploads.receive(id: id, owner: user.username.rawValue, at: req.now) { write in
            let form = try await req.streamForm(fileField: "file", limit: limit) { buffer in
                let data = Data(buffer.readableBytesView)
                try await pool.runIfActive { try write(data) }
            }
            try req.checkCSRF(sent: form.fields["csrf"])
            fields.values = form.fields
            return form.fileName.map { ["filename": $0] } ?? [:]
        }
        return (upload, fields.values)
    }

    /// The form's text fields, known once its body has ended.
    private final class SentFields: @unchecked Sendable {
        var values: [String: String] = [:]
    }
}
