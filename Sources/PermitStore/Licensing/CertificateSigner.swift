import Foundation
import PermitCore
import PermitLedger

/// The bureau's key for certificates: a key of its own, not the ledger's,
/// so either can be rotated or revoked alone. Its verifier key is published
/// at `GET /api/v1/certificates/public-key`; anyone checks a certificate
/// file with it offline (`permittrail verify certificate`).
public struct CertificateSigner: Sendable {
    public let key: NoteSignerKey
    public var verifierKey: NoteVerifierKey { key.verifierKey }

    public init(key: NoteSignerKey) {
        self.key = key
    }

    public static let keyFileName = "certificate.key"
    public static let defaultName = "permittrail/shanghai/certificates"
    public static let environmentVariable = "PERMITTRAIL_CERTIFICATE_KEY"

    public static func load(configured: String?, dataDirectory: URL) throws -> CertificateSigner {
        CertificateSigner(key: try SigningKeyFile.load(
            configured: configured, file: dataDirectory.appendingPathComponent(keyFileName), nameForNewKey: defaultName
        ))
    }

    /// The certificate as a signed note: its text (`CertificateText`) and
    /// the bureau's signature line.
    public func sign(_ certificate: Certificate) throws -> String {
        let text = CertificateText.text(of: certificate, ledgerSubject: "certificate/\(certificate.number)")
        return try SignedNote.sign(text, with: [key]).formatted
    }
}
