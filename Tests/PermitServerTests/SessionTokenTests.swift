@testable import PermitServer
import Testing

@Suite("SessionToken — unguessable tokens, stored only as hashes")
struct SessionTokenTests {
    @Test("a token is 256 random bits in base64url without padding")
    func format() {
        let tokens = (0..<200).map { _ in SessionToken.generate() }
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for token in tokens {
            #expect(token.count == 43)
            #expect(token.allSatisfy(alphabet.contains), "\(token)")
        }
        #expect(Set(tokens).count == tokens.count)
        // 200 tokens use all 64 symbols somewhere, so none is stuck or missing.
        #expect(Set(tokens.joined()) == alphabet)
    }

    @Test("the stored hash is SHA-256 in lowercase hex")
    func hash() {
        #expect(SessionToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
