import Crypto
import Foundation

/// Secret tokens for sessions and forms. They come from the system's
/// cryptographic generator, never from an injected one: a predictable token
/// would be a way in.
enum SessionToken {
    /// 256 random bits in base64url without padding (RFC 4648 §5).
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        // Eight bytes per draw: each draw is a system call, and every shown
        // sign-in form takes a token.
        let bytes = (0..<4).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64, Array.init) }
        return Base64URL.encode(bytes)
    }

    /// What the database keeps instead of the token itself.
    static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
