import Foundation
import PermitLedger
import Testing

@Suite("permittrail verify inclusion --checkpoint — proofs tied to a signed tree")
struct VerifyAgainstCheckpointTests {
    /// A three-entry log, hashed here so that every proof below is genuine.
    static let leaves = ["a", "b", "c"].map { TreeHasher.leafHash(Array($0.utf8)) }
    static let root2 = TreeHasher.nodeHash(leaves[0], leaves[1])
    static let root3 = TreeHasher.nodeHash(root2, leaves[2])

    static let ofSize3 = inclusion(2, size: 3, root: root3, proof: [root2])
    static let ofSize2 = inclusion(1, size: 2, root: root2, proof: [leaves[0]])
    /// What anyone can write: a "tree" of one entry whose root is the leaf.
    static let selfMade = inclusion(2, size: 1, root: leaves[2], proof: [], leafIndex: 0)
    static let from2To3 = ProofFile.consistency(ConsistencyProofFile(size1: 2, size2: 3, root1: root2, root2: root3, proof: [leaves[2]]))

    static func inclusion(_ leaf: Int, size: UInt64, root: Hash, proof: [Hash], leafIndex: UInt64? = nil) -> ProofFile {
        .inclusion(InclusionProofFile(leafIndex: leafIndex ?? UInt64(leaf), treeSize: size, root: root, leafHash: leaves[leaf], proof: proof))
    }

    /// Writes files into `directory`, returning their paths in order.
    private func write(_ files: [(String, Data)], in directory: URL) throws -> [String] {
        try files.map { name, data in
            let file = directory.appendingPathComponent(name)
            try data.write(to: file)
            return file.path
        }
    }

    private func signedCheckpoint(by key: NoteSignerKey) throws -> Data {
        let checkpoint = try Checkpoint(origin: key.name, size: 3, root: Self.root3)
        return Data(try SignedCheckpoint(signing: checkpoint, with: [key]).formatted.utf8)
    }

    @Test("a proof of the checkpoint's tree is OK; a self-made one-entry proof is not")
    func selfMadeProof() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let key = try NoteSignerKey(name: "permittrail/test")
            let paths = try write([
                ("genuine.json", Self.ofSize3.json()), ("self-made.json", Self.selfMade.json()),
                ("checkpoint", signedCheckpoint(by: key)),
            ], in: directory)
            let alone = try CommandRunner.run(["verify", "inclusion", paths[1]])
            #expect(alone.lines == ["OK: \(paths[1])"] && alone.status == 0)

            let tied = try CommandRunner.run(
                ["verify", "inclusion", paths[0], paths[1], "--checkpoint", paths[2], "--key", key.verifierKey.description]
            )
            #expect(tied.lines == [
                "OK: \(paths[0])",
                "FAIL: \(paths[1]): proof is for tree size 1, the checkpoint for 3, and no consistency proof from 1 to 3 was given",
            ])
            #expect(tied.status == 1)
        }
    }

    @Test("a proof of an older tree is OK with a consistency proof to the checkpoint")
    func olderTree() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let key = try NoteSignerKey(name: "permittrail/test")
            let paths = try write([
                ("older.json", Self.ofSize2.json()), ("checkpoint", signedCheckpoint(by: key)), ("2-3.json", Self.from2To3.json()),
            ], in: directory)
            let tied = ["verify", "inclusion", paths[0], "--checkpoint", paths[1], "--key", key.verifierKey.description]
            let without = try CommandRunner.run(tied)
            #expect(without.lines.first?.hasPrefix("FAIL: \(paths[0]): proof is for tree size 2, the checkpoint for 3") == true)
            #expect(without.status == 1)
            let bridged = try CommandRunner.run(tied + ["--consistency", paths[2]])
            #expect(bridged.lines == ["OK: \(paths[0])"] && bridged.status == 0)
        }
    }

    @Test("a checkpoint or consistency file that cannot be used is the only line")
    func unusablePrerequisites() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let key = try NoteSignerKey(name: "permittrail/test")
            let impostor = try NoteSignerKey(name: "permittrail/test")
            let wrong = ConsistencyProofFile(size1: 2, size2: 3, root1: Self.root2, root2: Self.root3, proof: [Self.leaves[1]])
            let paths = try write([
                ("older.json", Self.ofSize2.json()), ("forged-checkpoint", signedCheckpoint(by: impostor)),
                ("checkpoint", signedCheckpoint(by: key)), ("garbage.json", Data("not json".utf8)),
                ("wrong.json", ProofFile.consistency(wrong).json()),
            ], in: directory)
            let arguments = ["verify", "inclusion", paths[0], "--key", key.verifierKey.description]

            let forged = try CommandRunner.run(arguments + ["--checkpoint", paths[1]])
            #expect(forged.lines.count == 1 && forged.lines[0].hasPrefix("FAIL: \(paths[1]): ") && forged.status == 1)
            let absent = directory.appendingPathComponent("absent").path
            let missing = try CommandRunner.run(arguments + ["--checkpoint", absent])
            #expect(missing.lines == ["FAIL: \(absent): cannot read file"] && missing.status == 2)
            let garbage = try CommandRunner.run(arguments + ["--checkpoint", paths[2], "--consistency", paths[3]])
            #expect(garbage.lines == ["FAIL: \(paths[3]): cannot parse: not valid JSON"] && garbage.status == 2)
            let failing = try CommandRunner.run(arguments + ["--checkpoint", paths[2], "--consistency", paths[4]])
            #expect(failing.lines.count == 1 && failing.lines[0].hasPrefix("FAIL: \(paths[4]): calculated root") && failing.status == 1)
        }
    }

    @Test("--checkpoint and --key go together")
    func usage() throws {
        let noKey = try CommandRunner.run(["verify", "inclusion", "p.json", "--checkpoint", "checkpoint"])
        let noCheckpoint = try CommandRunner.run(["verify", "inclusion", "p.json", "--key", "k"])
        #expect(noKey.status == 64 && noCheckpoint.status == 64)
        #expect(noKey.lines.isEmpty && noCheckpoint.lines.isEmpty)
    }
}
