import Crypto
import Foundation
import PermitCore
import PermitLedger
import PermitStore

/// Recognises a browser where an account signed in before (受信设备), so its
/// owner is not held up by failures someone else caused (`LoginThrottle`).
///
/// The browser keeps a cookie naming the account, when it was issued and a
/// random id, with a MAC under a key derived from the ledger's signing key:
/// every server process of the installation recognises it, and it survives
/// restarts, without any table of devices.
struct DeviceRecognition: Sendable {
    static let cookie = "pt_device"
    static let lifetime: TimeInterval = 90 * 24 * 60 * 60

    private let key: SymmetricKey

    init(signer: LedgerSigner) {
        key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(signer.key.secretKeyString.utf8)),
            info: Data("permittrail device recognition v1".utf8), outputByteCount: 32
        )
    }

    /// A new cookie value for `username`, issued `now`.
    func issue(for username: Username, at now: Date) -> String {
        let payload = "\(username.rawValue)~\(Int(now.timeIntervalSince1970))~\(SessionToken.generate())"
        return payload + "~" + mac(payload)
    }

    /// The device's id when `cookie` was issued to `username` by this
    /// installation and has not expired; nil otherwise.
    func recognise(_ cookie: String?, for username: Username, now: Date) -> String? {
        guard let cookie else { return nil }
        let parts = cookie.split(separator: "~", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == username.rawValue, let issued = TimeInterval(parts[1]),
              now.timeIntervalSince1970 - issued < Self.lifetime, now.timeIntervalSince1970 >= issued,
              let presented = Base64URL.decode(String(parts[3]))
        else { return nil }
        let payload = parts[0...2].joined(separator: "~")
        guard HMAC<SHA256>.isValidAuthenticationCode(presented, authenticating: Data(payload.utf8), using: key) else {
            return nil
        }
        return String(parts[2])
    }

    private func mac(_ payload: String) -> String {
        Base64URL.encode(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key))
    }
}
