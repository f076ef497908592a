import Crypto
import Foundation
import PermitLedger
import Testing

@Suite("C2SP signed note")
struct SignedNoteTests {
    @Test func publishedExampleVerifies() throws {
        let example = try MerkleVectors.load().c2spSignedNoteExample
        let verifier = try NoteVerifierKey(parsing: example.vkey)
        #expect(verifier.name == "example.com/foo")
        #expect(verifier.keyID == 0x530d_903a)
        #expect(verifier.description == example.vkey)
        let note = try SignedNote(parsing: example.signedNote)
        #expect(note.text == example.signedTextUtf8)
        #expect(note.signatures.map(\.keyID) == [0x530d_903a])
        #expect(note.formatted == example.signedNote)
        try note.verify(with: verifier)
        try SignedNote(parsing: Array(example.signedNote.utf8)).verify(with: verifier)
    }

    @Test func tamperedExampleFails() throws {
        let example = try MerkleVectors.load().c2spSignedNoteExample
        let verifier = try NoteVerifierKey(parsing: example.vkey)
        let tampered = try SignedNote(parsing: example.signedNote.replacingOccurrences(of: "message.", with: "massage."))
        #expect(tampered.text != example.signedTextUtf8)
        #expect(throws: NoteError.badSignature(name: verifier.name, keyID: verifier.keyID)) { try tampered.verify(with: verifier) }
    }

    @Test func unknownKeyIsRejected() throws {
        let example = try MerkleVectors.load().c2spSignedNoteExample
        let note = try SignedNote(parsing: example.signedNote)
        // Same name, another key: the key ID differs, so this key never signed.
        let stranger = try NoteSignerKey(name: "example.com/foo").verifierKey
        #expect(throws: NoteError.noSignatureByKey(name: stranger.name, keyID: stranger.keyID)) { try note.verify(with: stranger) }
    }

    @Test func signsAndVerifiesRoundTrip() throws {
        let log = try NoteSignerKey(name: "permittrail.example/ledger")
        let witness = try NoteSignerKey(name: "witness.example/w1")
        let text = "line one\n\nline three after a blank line\n"
        let note = try SignedNote.sign(text, with: [log, witness])
        let parsed = try SignedNote(parsing: note.formatted)
        #expect(parsed == note)
        #expect(parsed.text == text)
        try parsed.verify(with: log.verifierKey)
        try parsed.verify(with: witness.verifierKey)
    }

    @Test func signerKeyStringRoundTrips() throws {
        let seed = Curve25519.Signing.PrivateKey()
        let signer = try NoteSignerKey(name: "permittrail.example/ledger", privateKey: seed)
        let secret = signer.secretKeyString
        #expect(secret.hasPrefix("PRIVATE+KEY+permittrail.example/ledger+"))
        let parsed = try NoteSignerKey(parsing: secret)
        #expect(parsed.verifierKey == signer.verifierKey)
        #expect(try NoteVerifierKey(parsing: signer.verifierKey.description) == signer.verifierKey)
        // A note signed with the parsed key verifies with the original's public half.
        try SignedNote.sign("hello\n", with: [parsed]).verify(with: signer.verifierKey)
        #expect(!signer.description.contains(secret.split(separator: "+").last ?? "?"))
    }

    @Test func keyNamesFollowTheRules() {
        for name in ["", "a b", "a+b", "a\tb", "a\u{A0}b", "a\u{3000}b", "a\nb", "a\u{1}b"] {
            #expect(throws: NoteKeyError.invalidName(name), "\(name.debugDescription)") { try NoteSignerKey(name: name) }
        }
    }

    @Test func rejectsMalformedVerifierKeys() throws {
        let valid = try MerkleVectors.load().c2spSignedNoteExample.vkey
        let parts = valid.split(separator: "+", maxSplits: 2).map(String.init)
        #expect(throws: NoteKeyError.keyIDMismatch(stated: 0x530d_903b, computed: 0x530d_903a)) {
            try NoteVerifierKey(parsing: "\(parts[0])+530d903b+\(parts[2])")
        }
        #expect(throws: NoteKeyError.malformed) { try NoteVerifierKey(parsing: "\(parts[0])+530D903A+\(parts[2])") }
        #expect(throws: NoteKeyError.malformed) { try NoteVerifierKey(parsing: "\(parts[0])+\(parts[2])") }
        #expect(throws: NoteKeyError.invalidName("")) { try NoteVerifierKey(parsing: "+530d903a+\(parts[2])") }
        let ecdsa = "AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        #expect(throws: NoteKeyError.unsupportedAlgorithm(2)) { try NoteVerifierKey(parsing: "\(parts[0])+530d903a+\(ecdsa)") }
        #expect(throws: NoteKeyError.wrongKeyLength(2)) { try NoteVerifierKey(parsing: "\(parts[0])+530d903a+AQAA") }
        #expect(throws: NoteKeyError.malformed) { try NoteSignerKey(parsing: valid) }
    }

    @Test func rejectsMalformedNotes() throws {
        let key = try NoteSignerKey(name: "k")
        let good = try SignedNote.sign("text\n", with: [key]).formatted
        let line = String(good.dropFirst("text\n\n".count))
        let cases: [(String, NoteError)] = [
            ("text\n" + line, .noSignatures),
            ("text\n\n", .noSignatures),
            ("te\u{1}xt\n\n" + line, .controlCharacter),
            ("text\n\n" + line.dropFirst(2), .malformedSignatureLine(0)),
            ("text\n\n" + line + "— k\n", .malformedSignatureLine(1)),
            ("text\n\n" + line + "— k AAAA\n", .malformedSignatureLine(1)),
            ("text\n\n" + line + "— k  AAAAAAA=\n", .malformedSignatureLine(1)),
            ("text\n\n" + line + "— k !!!!!!!!\n", .malformedSignatureLine(1)),
            ("text\n\n" + line.dropLast(), .noSignatures),
            ("text\n\n" + line + line, .duplicateSignature(name: "k", keyID: key.keyID)),
        ]
        for (text, expected) in cases {
            #expect(throws: expected, "\(text.debugDescription)") { try SignedNote(parsing: text) }
        }
        #expect(throws: NoteError.invalidUTF8) { try SignedNote(parsing: Array("text\n\n".utf8) + [0xFF] + Array(line.utf8)) }
    }

    @Test func boundsTheNumberOfSignatures() throws {
        let keys = try (0...SignedNote.maxSignatures).map { try NoteSignerKey(name: "k\($0)") }
        #expect(throws: NoteError.tooManySignatures(SignedNote.maxSignatures + 1)) { try SignedNote.sign("t\n", with: keys) }
        let lines = try SignedNote.sign("t\n", with: Array(keys.dropLast())).formatted + "— extra AAAAAAA=\n"
        #expect(throws: NoteError.tooManySignatures(SignedNote.maxSignatures + 1)) { try SignedNote(parsing: lines) }
    }

    @Test func refusesToSignInvalidText() throws {
        let key = try NoteSignerKey(name: "k")
        for text in ["", "no newline", "tab\there\n"] {
            #expect(throws: NoteError.invalidText, "\(text.debugDescription)") { try SignedNote.sign(text, with: [key]) }
        }
        #expect(throws: NoteError.noSignatures) { try SignedNote.sign("t\n", with: []) }
        #expect(throws: NoteError.duplicateSignature(name: "k", keyID: key.keyID)) { try SignedNote.sign("t\n", with: [key, key]) }
    }
}
