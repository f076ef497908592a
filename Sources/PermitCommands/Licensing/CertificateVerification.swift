import Foundation
import PermitCore
import PermitLedger
import PermitStore

/// 证书核验 (PUB-2): a signed certificate file someone was given, checked
/// with the bureau's key and then against the register, so the answer says
/// not only "genuine" but whether it is the version in force today.
public enum CertificateVerification {
    public enum Outcome: Sendable {
        /// Genuine and the latest version; its standing today.
        case current(Certificate, CertificateStatus)
        /// Genuine, but a later version has replaced it.
        case superseded(fileVersion: Int, by: Certificate)
        /// Signed with the key, yet the register has no such number.
        case unknown(number: String)
        case failed(CertificateFile.Failure)
    }

    /// Certificate files are a few kilobytes; anything larger is not one.
    public static let maximumSize = 64 * 1024

    public static func verify(_ bytes: [UInt8], authority: CertificateAuthority, in context: CommandContext) async throws -> Outcome {
        guard bytes.count <= maximumSize else { return .failed(.unreadable("larger than \(maximumSize / 1024) KiB")) }
        switch CertificateFile.check(bytes, key: authority.signer.verifierKey) {
        case .failure(let failure): return .failed(failure)
        case .success(let checked):
            guard let number = try? LicenseNumber(parsing: checked.number), let (certificate, _) = try await context.store.licensing.certificate(number)
            else { return .unknown(number: checked.number) }
            guard checked.version == certificate.version else { return .superseded(fileVersion: checked.version, by: certificate) }
            return .current(certificate, certificate.standing(on: CivilDate(context.now)))
        }
    }
}
