/// A checkpoint whose note signature by the log's key has been verified.
///
/// Holding one means both checks a client must make were made: the log's
/// key signed it, and it is a checkpoint of the expected log. Checking the
/// origin matters because a log key could sign checkpoints of several logs,
/// and a valid checkpoint of another log must not be taken for this one.
public struct SignedCheckpoint: Sendable, Hashable {
    /// The verified checkpoint.
    public let checkpoint: Checkpoint
    /// The note it came in, with all its signatures, for relaying.
    public let note: SignedNote

    /// Signs a checkpoint with the log key and any others (e.g. a witness).
    public init(signing checkpoint: Checkpoint, with keys: [NoteSignerKey]) throws(SignedCheckpointError) {
        do {
            note = try SignedNote.sign(checkpoint.text, with: keys)
        } catch {
            throw .note(error)
        }
        self.checkpoint = checkpoint
    }

    /// Parses and verifies a signed checkpoint as received.
    public init(verifying text: String, verifier: NoteVerifierKey, origin: String) throws(SignedCheckpointError) {
        let note: SignedNote
        do {
            note = try SignedNote(parsing: text)
        } catch {
            throw .note(error)
        }
        try self.init(verifying: note, verifier: verifier, origin: origin)
    }

    /// Verifies an already parsed note: signature first, since the text must
    /// not be interpreted before it is known to come from the log.
    public init(verifying note: SignedNote, verifier: NoteVerifierKey, origin: String) throws(SignedCheckpointError) {
        do {
            try note.verify(with: verifier)
        } catch {
            throw .note(error)
        }
        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(parsing: note.text)
        } catch {
            throw .checkpoint(error)
        }
        // Bytes, not Swift's canonical-equivalence `==`: the origin is signed text.
        guard checkpoint.origin.utf8.elementsEqual(origin.utf8) else {
            throw .originMismatch(expected: origin, found: checkpoint.origin)
        }
        self.checkpoint = checkpoint
        self.note = note
    }

    /// The signed checkpoint as served at `<prefix>/checkpoint`.
    public var formatted: String { note.formatted }
}

/// Why a signed checkpoint was rejected.
public enum SignedCheckpointError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The note is malformed or not signed by the expected key.
    case note(NoteError)
    /// The signed text is not a well-formed checkpoint.
    case checkpoint(CheckpointError)
    /// A valid checkpoint, but of another log.
    case originMismatch(expected: String, found: String)

    public var description: String {
        switch self {
        case .note(let error): error.description
        case .checkpoint(let error): error.description
        case .originMismatch(let expected, let found): "checkpoint origin is \"\(found)\", expected \"\(expected)\""
        }
    }
}

extension SignedCheckpoint {
    /// The whole job of `permittrail verify checkpoint`: a note that does not
    /// parse is unreadable, one that parses but is not a checkpoint of
    /// `origin` signed by `verifier` has failed.
    public static func check(_ text: String, verifier: NoteVerifierKey, origin: String? = nil) -> VerificationOutcome {
        verified(text, verifier: verifier, origin: origin).outcome
    }

    /// As ``check(_:verifier:origin:)``, and the checkpoint when it is OK.
    public static func verified(
        _ text: String, verifier: NoteVerifierKey, origin: String? = nil
    ) -> (checkpoint: SignedCheckpoint?, outcome: VerificationOutcome) {
        let note: SignedNote
        do {
            note = try SignedNote(parsing: text)
        } catch {
            return (nil, .unreadable("cannot parse: \(error)"))
        }
        do {
            return (try SignedCheckpoint(verifying: note, verifier: verifier, origin: origin ?? verifier.name), .ok)
        } catch {
            return (nil, .failed("\(error)"))
        }
    }
}
