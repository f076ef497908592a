import ArgumentParser
import Foundation
import PermitCore
import PermitLedger
import PermitStore

/// Offline checks for auditors and the public: nothing here opens the
/// database, so anyone can run them on files they were given.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check ledger proofs and checkpoints offline (RFC 9162, C2SP).",
        discussion: """
        Prints OK: FILE or FAIL: FILE: <reason> per file; exits 0 if all are OK, 1 if any failed, 2 if any cannot be read or parsed. \
        Proof files are read as transparency-log tools write them: other keys are ignored and "proof": null is an empty proof.
        """,
        subcommands: [Inclusion.self, Consistency.self, CheckpointFile.self, CertificateNote.self]
    )

    struct Inclusion: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check inclusion proofs: JSON {leafIdx, treeSize, root, leafHash, proof}.",
            discussion: """
            Without --checkpoint a proof is checked only against the root written in its own file, which anyone can make up. \
            With --checkpoint and --key the checkpoint must verify as with `verify checkpoint`, and each proof must be for its \
            tree size and root, or for a smaller tree that a --consistency file proves a prefix of it (size1 and root1 the \
            proof's, size2 and root2 the checkpoint's). A proof for a larger tree fails: ask the log for one at the checkpoint's \
            size (?index=N&size=M). If the checkpoint or a consistency file cannot be used, the only line names it and the \
            status is its own (1 or 2).
            """
        )
        @Argument(help: "Proof files.") var files: [String]
        @Option(help: .init("A signed checkpoint (C2SP signed note) each proof must be tied to.", valueName: "file"))
        var checkpoint: String?
        @Option(help: .init("With --checkpoint: the log's verifier key (name+id+base64), or a file holding it.", valueName: "key"))
        var key: String?
        @Option(help: "With --checkpoint: the expected origin line; defaults to the key's name.") var origin: String?
        @Option(help: .init("With --checkpoint: a consistency proof from a proof's tree size to the checkpoint's (repeatable).",
                            valueName: "file"))
        var consistency: [String] = []

        func validate() throws {
            if checkpoint == nil, key != nil || origin != nil || !consistency.isEmpty {
                throw ValidationError("--key, --origin and --consistency go with --checkpoint.")
            }
            if checkpoint != nil, key == nil { throw ValidationError("--checkpoint needs --key.") }
        }

        func run() throws {
            guard let checkpoint, let key else {
                return try report(files) { ProofFile.check($0, expecting: .inclusion).outcome }
            }
            let verifier = try verifierKey(key)
            let signed = try prerequisite(checkpoint) {
                SignedCheckpoint.verified(String(decoding: $0, as: UTF8.self), verifier: verifier, origin: origin)
            }
            let bridges = try consistency.map { path in
                try prerequisite(path) { (data) -> (ConsistencyProofFile?, VerificationOutcome) in
                    let (file, verdict) = ProofFile.verified(data, expecting: .consistency)
                    guard case .consistency(let proof)? = file else { return (nil, verdict.outcome) }
                    return (proof, verdict.outcome)
                }
            }
            let anchor = ProofAnchor(checkpoint: signed.checkpoint, consistencyProofs: bridges)
            try report(files) { ProofFile.check($0, tiedTo: anchor).outcome }
        }
    }

    struct Consistency: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check consistency proofs: JSON {size1, size2, root1, root2, proof}."
        )
        @Argument(help: "Proof files.") var files: [String]

        func run() throws {
            try report(files) { ProofFile.check($0, expecting: .consistency).outcome }
        }
    }

    struct CheckpointFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkpoint", abstract: "Check a signed checkpoint against the log's public key."
        )
        @Argument(help: "Signed checkpoint files (C2SP signed note).") var files: [String]
        @Option(help: "The log's verifier key (name+id+base64), or a file holding it.") var key: String
        @Option(help: "The expected origin line; defaults to the key's name.") var origin: String?

        func run() throws {
            let verifier = try verifierKey(key)
            try report(files) { SignedCheckpoint.check(String(decoding: $0, as: UTF8.self), verifier: verifier, origin: origin) }
        }
    }
}

extension VerifyCommand {
    struct CertificateNote: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificate",
            abstract: "Check signed certificate files (.note) against the bureau's certificate key (GET /api/v1/certificates/public-key)."
        )
        @Argument(help: "Signed certificate files, as downloaded from /certificates/{number}.note.") var files: [String]
        @Option(help: "The certificate verifier key (name+id+base64), or a file holding it.") var key: String

        func run() throws {
            let verifier = try verifierKey(key)
            try report(files) { data in
                switch CertificateFile.check(data, key: verifier) {
                case .success: .ok
                case .failure(.unreadable(let reason)): .unreadable(reason)
                case .failure(let failure): .failed(failure.message.en)
                }
            }
        }
    }
}

/// `--key`: the key itself or a file holding it. A key that does not parse
/// leaves nothing to check, so it ends the run with status 2.
private func verifierKey(_ argument: String) throws -> NoteVerifierKey {
    let text = (try? String(contentsOfFile: argument, encoding: .utf8)) ?? argument
    do {
        return try NoteVerifierKey(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
    } catch {
        print(VerificationOutcome.unreadable("cannot parse key: \(error)").line)
        throw ExitCode(2)
    }
}

/// One line per file, in order; the exit status is the worst outcome.
private func report(_ files: [String], _ check: (Data) -> VerificationOutcome) throws {
    let outcomes = files.map { path in FileManager.default.contents(atPath: path).map(check) ?? .unreadable("cannot read file") }
    for (path, outcome) in zip(files, outcomes) { print(outcome.line(for: path)) }
    let status = VerificationOutcome.exitCode(of: outcomes)
    if status != 0 { throw ExitCode(status) }
}

/// A file every proof is judged by: without it no proof can be OK, so when
/// it is not usable its line is the only one and its status the run's.
private func prerequisite<Value>(_ path: String, _ check: (Data) -> (Value?, VerificationOutcome)) throws -> Value {
    let (value, outcome) = FileManager.default.contents(atPath: path).map(check) ?? (nil, .unreadable("cannot read file"))
    if let value { return value }
    print(outcome.line(for: path))
    throw ExitCode(max(outcome.exitCode, 1))
}
