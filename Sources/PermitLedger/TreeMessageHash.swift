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
/// imported, the message is padded here (FIPS 180-4 §5.1.1), on the stack
/// when it is small, and BoringSSL's block function runs over it once. Tree
/// hashes are public values, so nothing needs wiping.
enum TreeMessageHash {
    static func sha256(prefix: UInt8, _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer? = nil) -> Hash {
        #if canImport(CCryptoBoringSSL)
        // BoringSSL's Init, Update and Final buffer and copy the message
        // again; for a tree's short messages that was a third of the time.
        let length = 1 + first.count + (second?.count ?? 0)
        let blocks = (length + 8) / 64 + 1
        return withUnsafeTemporaryAllocation(byteCount: blocks * 64, alignment: 16) { message in
            message[0] = prefix
            UnsafeMutableRawBufferPointer(rebasing: message[1...]).copyMemory(from: first)
            if let second { UnsafeMutableRawBufferPointer(rebasing: message[(1 + first.count)...]).copyMemory(from: second) }
            message[length] = 0x80
            (message.baseAddress! + length + 1).initializeMemory(as: UInt8.self, repeating: 0, count: blocks * 64 - 8 - length - 1)
            withUnsafeBytes(of: (UInt64(length) * 8).bigEndian) { bits in
                (message.baseAddress! + blocks * 64 - 8).copyMemory(from: bits.baseAddress!, byteCount: 8)
            }
            // The initial hash value, FIPS 180-4 §5.3.3.
            var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
                0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
            )
            withUnsafeMutableBytes(of: &state) { words in
                CCryptoBoringSSL_SHA256_TransformBlocks(
                    words.baseAddress!.assumingMemoryBound(to: UInt32.self), message.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    blocks
                )
            }
            let digest = (
                state.0.bigEndian, state.1.bigEndian, state.2.bigEndian, state.3.bigEndian,
                state.4.bigEndian, state.5.bigEndian, state.6.bigEndian, state.7.bigEndian
            )
            return withUnsafeBytes(of: digest) { Hash(exactly32: $0) }
        }
        #else
        var hasher = SHA256()
        withUnsafeBytes(of: prefix) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: first)
        if let second { hasher.update(bufferPointer: second) }
        return Hash(hasher.finalize())
        #endif
    }
}
