import Foundation
import PermitCore
import PermitStore

extension SupervisionCommands {
    /// The reviewed 承诺书 scan behind an AA decision, for whoever may see
    /// the classification (`standing(of:)`: both districts, the city,
    /// auditors, the enterprise itself); anyone else is told it does not
    /// exist. Like an application's attachments, and unlike a case record's
    /// evidence, the download is not logged: the access log is kept per
    /// case record and a classification is none.
    public static func commitmentDocument(
        of id: EnterpriseID, decision: String, in context: CommandContext
    ) async throws -> (digest: String, mediaType: MediaType?) {
        let view = try await standing(of: id, in: context)
        guard let record = view.standing.history.first(where: { $0.id.description == decision }), let digest = record.commitment,
              let reader = try context.store.evidence.blobs.open(digest)
        else { throw CommandError.notFound }
        defer { reader.close() }
        return (digest, MediaType.sniff(try reader.read(upTo: 64) ?? Data()))
    }
}
