import Foundation
import PermitCore
import PermitStore

/// 一单一书一照 (LIC-2): the enterprise attaches its business licence and
/// other material to its draft (or its answer to a correction) from a
/// finished upload of its own; officers and the enterprise read them back.
extension LicensingCommands {
    public static func attach(_ number: String, kind: String, upload: String, label: String, in context: CommandContext) async throws -> View {
        let user = try context.requireUser()
        guard let attachmentKind = ApplicationAttachment.Kind(rawValue: kind) else {
            throw InvalidInput([FieldIssue(field: "kind", problem: .unknownValue(kind))])
        }
        let stated = label.trimmingWhitespace()
        if stated.textLength > 100 { throw InvalidInput([FieldIssue(field: "label", problem: .tooLong(maximum: 100))]) }
        let uploadID = upload.split(separator: "/").last.map(String.init) ?? ""
        guard let info = try context.store.evidence.uploads.info(uploadID), info.owner == user.username.rawValue else {
            throw InvalidInput([FieldIssue(field: "upload", problem: .unknownValue(upload))])
        }
        guard let blob = info.blob else { throw EvidenceRefusal.uploadUnfinished(received: info.offset, length: info.length) }
        let inspected = try context.store.evidence.inspect(blob, fileName: info.metadata["filename"])
        guard ApplicationAttachment.acceptedMediaTypes.contains(inspected.mediaType) else {
            throw InvalidInput([FieldIssue(field: "upload", problem: .unknownValue(inspected.mediaType))])
        }
        let attachment = ApplicationAttachment(kind: attachmentKind, label: stated, sha256: blob.sha256, mediaType: inspected.mediaType, size: blob.size)
        let (now, actor) = (context.now, context.actor.reference)
        let application = try await context.store.write { transaction in
            var application = try await ownApplication(number, in: transaction, context: context)
            application = try ApplicationMachine.apply(.edit, to: application)
            guard application.attachments.count < ApplicationAttachment.maximumCount else {
                throw InvalidInput([FieldIssue(field: "upload", problem: .tooLong(maximum: ApplicationAttachment.maximumCount))])
            }
            application.attachments.append(attachment)
            try await transaction.save(application, by: actor, at: now)
            return application
        }
        return try await view(of: application, in: context)
    }

    /// The `index`th attachment (from 0), for whoever may read the application.
    public static func attachment(_ number: String, index: Int, in context: CommandContext) async throws -> ApplicationAttachment {
        let application = try await show(number, in: context).application
        guard application.attachments.indices.contains(index) else { throw CommandError.notFound }
        return application.attachments[index]
    }
}
