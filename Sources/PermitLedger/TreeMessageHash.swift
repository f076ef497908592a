#if canImport(CCryptoBoringSSL)
import CCryptoBoringSSL
#else
import Crypto
#endif

/// SHA-256 of one tree message: a domain-separation byte followed by one or
/// two byte strings.
///
/// The tree hashes two short messages per entry, and swift-crypto's
/// incremental `SHA256` allocates a context object per hash, copies it to
/// finalise and wipes both: several times the cost of hashing 100–200 bytes
/// (BENCHMARKS.md, issue 4). Where swift-crypto's own BoringSSL can be
/// imported, the same SHA-256 runs on a context on the stack instead. Tree
/// hashes are public values, so nothing needs wiping.
enum TreeMessageHash {
    static func sha256(prefix: UInt8, _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer? = nil) -> Hash {
        #if canImport(CCryptoBoringSSL)
        var context = SHA256_CTX()
        CCryptoBoringSSL_SHA256_Init(&context)
        withUnsafeBytes(of: prefix) { _ = CCryptoBoringSSL_SHA256_Update(&context, $0.baseAddress, 1) }
        CCryptoBoringSSL_SHA256_Update(&context, first.baseAddress, first.count)
        if let second { CCryptoBoringSSL_SHA256_Update(&context, second.baseAddress, second.count) }
        var digest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digest) { output in
            _ = CCryptoBoringSSL_SHA256_Final(output.baseAddress!.assumingMemoryBound(to: UInt8.self), &context)
        }
        return withUnsafeBytes(of: digest) { Hash(exactly32: $0) }
        #else
        var hasher = SHA256()
        withUnsafeBytes(of: prefix) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: first)
        if let second { hasher.update(bufferPointer: second) }
        return Hash(hasher.finalize())
        #endif
    }
}
