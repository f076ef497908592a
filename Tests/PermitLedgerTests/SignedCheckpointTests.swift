import Foundation
import PermitLedger
import Testing

@Suite("Signed checkpoints")
struct SignedCheckpointTests {
    let origin = "permittrail.example/ledger"

    func makeCheckpoint(size: Int = 11) throws -> Checkpoint {
        let leaves = syntheticLeaves(size)
        return try Checkpoint(origin: origin, size: UInt64(size), root: TreeHasher.root(ofLeafHashes: leaves))
    }

    @Test func verifiesWithKeyAndOrigin() throws {
        let key = try NoteSignerKey(name: origin)
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(), with: [key])
        let verified = try SignedCheckpoint(verifying: signed.formatted, verifier: key.verifierKey, origin: origin)
        #expect(verified.checkpoint == (try makeCheckpoint()))
        #expect(verified == signed)
    }

    @Test func verifiedKeepsTheCheckpointOnlyWhenOK() throws {
        let key = try NoteSignerKey(name: origin)
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(), with: [key])
        let good = SignedCheckpoint.verified(signed.formatted, verifier: key.verifierKey)
        #expect(good.checkpoint == signed && good.outcome == .ok)
        let impostor = try NoteSignerKey(name: origin).verifierKey
        let refused = SignedCheckpoint.verified(signed.formatted, verifier: impostor)
        #expect(refused.checkpoint == nil && refused.outcome == SignedCheckpoint.check(signed.formatted, verifier: impostor))
        #expect(refused.outcome.exitCode == 1)
        let garbage = SignedCheckpoint.verified("not a note", verifier: key.verifierKey)
        #expect(garbage.checkpoint == nil && garbage.outcome.exitCode == 2)
    }

    @Test func rejectsAnotherLogsCheckpoint() throws {
        let key = try NoteSignerKey(name: origin)
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(), with: [key])
        #expect(throws: SignedCheckpointError.originMismatch(expected: "other.example/log", found: origin)) {
            try SignedCheckpoint(verifying: signed.formatted, verifier: key.verifierKey, origin: "other.example/log")
        }
    }

    @Test func rejectsAnotherKey() throws {
        let key = try NoteSignerKey(name: origin)
        let impostor = try NoteSignerKey(name: origin)
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(), with: [impostor])
        #expect(throws: SignedCheckpointError.note(.noSignatureByKey(name: origin, keyID: key.keyID))) {
            try SignedCheckpoint(verifying: signed.formatted, verifier: key.verifierKey, origin: origin)
        }
    }

    @Test func rejectsSignedTextThatIsNoCheckpoint() throws {
        let key = try NoteSignerKey(name: origin)
        let note = try SignedNote.sign("\(origin)\nnot a size\n\(TreeHasher.emptyRoot.base64)\n", with: [key])
        #expect(throws: SignedCheckpointError.checkpoint(.invalidSize("not a size"))) {
            try SignedCheckpoint(verifying: note.formatted, verifier: key.verifierKey, origin: origin)
        }
    }

    @Test func rejectsChangedSize() throws {
        let key = try NoteSignerKey(name: origin)
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(size: 11), with: [key])
        let forged = signed.formatted.replacingOccurrences(of: "\n11\n", with: "\n12\n")
        #expect(forged != signed.formatted)
        #expect(throws: SignedCheckpointError.note(.badSignature(name: origin, keyID: key.keyID))) {
            try SignedCheckpoint(verifying: forged, verifier: key.verifierKey, origin: origin)
        }
    }

    @Test func publishedExampleNeedsItsOwnKey() throws {
        let text = try MerkleVectors.load().c2spTlogCheckpointExampleTextOnly.text
        let stranger = try NoteSignerKey(name: "example.com/behind-the-sofa").verifierKey
        #expect(throws: SignedCheckpointError.note(.noSignatureByKey(name: stranger.name, keyID: stranger.keyID))) {
            try SignedCheckpoint(verifying: text, verifier: stranger, origin: "example.com/behind-the-sofa")
        }
    }

    @Test func witnessCosignaturesAreIgnored() throws {
        let key = try NoteSignerKey(name: origin)
        let witness = try NoteSignerKey(name: "witness.example")
        let signed = try SignedCheckpoint(signing: try makeCheckpoint(), with: [key, witness])
        let verified = try SignedCheckpoint(verifying: signed.formatted, verifier: key.verifierKey, origin: origin)
        #expect(verified.note.signatures.count == 2)
    }
}
