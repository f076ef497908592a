import ArgumentParser
import Foundation
import PermitLedger

/// Offline checks for auditors and the public: nothing here opens the
/// database, so anyone can run them on files they were given.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check ledger proofs and checkpoints offline (RFC 9162, C2SP).",
        discussion: """
        Prints OK or FAIL: <reason> per file; exits 0 if all are OK, 1 if any failed, 2 if any cannot be read or parsed. \
        Proof files are read as transparency-log tools write them: other keys are ignored and "proof": null is an empty proof.
        """,
        subcommands: [Inclusion.self, Consistency.self, CheckpointFile.self]
    )

    struct Inclusion: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check inclusion proofs: JSON {leafIdx, treeSize, root, leafHash, proof}."
        )
        @Argument(help: "Proof files.") var files: [String]

        func run() throws {
            try report(files) { ProofFile.check($0, expecting: .inclusion).outcome }
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
            let keyText = (try? String(contentsOfFile: key, encoding: .utf8)) ?? key
            let verifier: NoteVerifierKey
            do {
                verifier = try NoteVerifierKey(parsing: keyText.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                print(VerificationOutcome.unreadable("cannot parse key: \(error)").line)
                throw ExitCode(2)
            }
            try report(files) { SignedCheckpoint.check(String(decoding: $0, as: UTF8.self), verifier: verifier, origin: origin) }
        }
    }
}

/// One line per file, in order; the exit status is the worst outcome.
private func report(_ files: [String], _ check: (Data) -> VerificationOutcome) throws {
    let outcomes = files.map { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            return VerificationOutcome.unreadable("cannot read \(path)")
        }
        return check(data)
    }
    for outcome in outcomes { print(outcome.line) }
    let status = VerificationOutcome.exitCode(of: outcomes)
    if status != 0 { throw ExitCode(status) }
}
