import Foundation
import PermitCore
import PermitLedger

/// A signed certificate file (`.note`) checked against the bureau's
/// certificate key, offline: the signature, then the form of its text.
/// Whether it is still the current version and still valid is the public
/// page's to say, since only the registry knows.
public enum CertificateFile {
    public struct Checked: Sendable, Equatable {
        public let number: String
        public let version: Int
        public let fields: [String: String]
    }

    public enum Failure: Error, Equatable, Sendable {
        case unreadable(String)
        case signature(String)
        case notACertificate

        public var message: Bilingual {
            switch self {
            case .unreadable(let reason): Bilingual("文件格式不正确（\(reason)）", en: "the file is malformed (\(reason))")
            case .signature(let reason): Bilingual("签名无效，文件已被改动或并非本机关签发（\(reason)）", en: "the signature does not verify: the file was altered or not issued by this bureau (\(reason))")
            case .notACertificate: Bilingual("签名有效，但不是许可证书", en: "the signature verifies, but the note is not a certificate")
            }
        }
    }

    public static func check(_ bytes: some Sequence<UInt8>, key: NoteVerifierKey) -> Result<Checked, Failure> {
        let note: SignedNote
        do { note = try SignedNote(parsing: bytes) } catch { return .failure(.unreadable(error.description)) }
        do { try note.verify(with: key) } catch { return .failure(.signature(error.description)) }
        guard note.text.hasPrefix(CertificateText.header + "\n") else { return .failure(.notACertificate) }
        let fields = Dictionary(CertificateText.fields(of: note.text).filter { $0.0 != "product" }, uniquingKeysWith: { first, _ in first })
        guard let number = fields["number"], let version = fields["version"].flatMap(Int.init) else { return .failure(.notACertificate) }
        return .success(Checked(number: number, version: version, fields: fields))
    }
}
