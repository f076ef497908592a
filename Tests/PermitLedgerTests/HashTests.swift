import Foundation
import PermitLedger
import Testing

@Suite("Hash")
struct HashTests {
    let sample = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"

    @Test func hexRoundTrips() throws {
        let hash = try Hash(hex: sample)
        #expect(hash.hex == sample)
        #expect(try Hash(hex: sample.uppercased()) == hash)
        #expect(hash.description == sample)
    }

    @Test func base64RoundTrips() throws {
        let hash = try Hash(hex: sample)
        #expect(hash.base64 == Data(bytes(hex: sample)).base64EncodedString())
        #expect(try Hash(base64: hash.base64) == hash)
    }

    @Test func bytesRoundTrip() throws {
        let raw = bytes(hex: sample)
        #expect(try Hash(bytes: raw).bytes == raw)
    }

    @Test func rejectsWrongLength() {
        #expect(throws: HashError.wrongLength(31)) { try Hash(bytes: [UInt8](repeating: 1, count: 31)) }
        #expect(throws: HashError.wrongLength(33)) { try Hash(bytes: [UInt8](repeating: 1, count: 33)) }
        #expect(throws: HashError.wrongLength(0)) { try Hash(bytes: []) }
        #expect(throws: HashError.wrongLength(31)) { try Hash(hex: String(sample.dropLast(2))) }
        #expect(throws: HashError.wrongLength(9)) { try Hash(base64: "V3JvbmdMZWFm") }
    }

    @Test func rejectsInvalidText() {
        #expect(throws: HashError.invalidHex) { try Hash(hex: "zz" + sample.dropFirst(2)) }
        #expect(throws: HashError.invalidHex) { try Hash(hex: sample.dropLast()) }
        // Non-canonical spellings of valid bytes: no padding, whitespace.
        let canonical = Data(bytes(hex: sample)).base64EncodedString()
        #expect(throws: HashError.invalidBase64) { try Hash(base64: canonical.replacingOccurrences(of: "=", with: "")) }
        #expect(throws: HashError.invalidBase64) { try Hash(base64: " " + canonical) }
        #expect(throws: HashError.invalidBase64) { try Hash(base64: "!!!!") }
    }

    @Test func rejectsNonZeroPadBits() throws {
        // 32 bytes leave two unused bits in the last base64 digit; lenient
        // decoders ignore them, so one hash would have several spellings.
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var chars = Array(Data(bytes(hex: sample)).base64EncodedString())
        let last = chars.count - 2
        let value = try #require(alphabet.firstIndex(of: chars[last]))
        chars[last] = alphabet[value ^ 1]
        #expect(throws: HashError.invalidBase64) { try Hash(base64: String(chars)) }
    }

    @Test func ordersByBytes() throws {
        let low = try Hash(hex: "00" + String(repeating: "ff", count: 31))
        let high = try Hash(hex: "01" + String(repeating: "00", count: 31))
        #expect(low < high)
        #expect(!(high < low))
        #expect([high, low].sorted() == [low, high])
    }

    @Test func sha256OfContent() throws {
        #expect(Hash.sha256(of: [UInt8]()) == TreeHasher.emptyRoot)
        #expect(Hash.sha256(of: Array("abc".utf8)).hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
