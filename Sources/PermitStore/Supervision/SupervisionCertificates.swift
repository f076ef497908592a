import Fluent
import Foundation
import PermitCore

extension LicensingRepository {
    /// The certificate each of many enterprises holds, chosen as
    /// `certificate(heldBy:)` chooses (the valid one, else the newest): a
    /// district's supervision reads thousands of licensees at once, so in
    /// a few IN-list queries rather than one per enterprise.
    public func certificates(heldBy codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: Certificate] {
        var held: [UnifiedSocialCreditCode: [Certificate]] = [:]
        // In batches: PostgreSQL takes at most 65,535 binds a statement.
        for batch in codes.map(\.rawValue).sorted().chunked(by: 1_000) {
            let rows = try await CertificateRow.query(on: try store.database()).filter(\.$holderCode ~~ Array(batch)).sort(\.$id).all()
            for certificate in try rows.map({ try $0.domain() }) { held[certificate.holderCreditCode, default: []].append(certificate) }
        }
        return held.compactMapValues { certificates in certificates.first { $0.status == .valid } ?? certificates.last }
    }
}
