import PermitLedger
import Testing

@Suite("C2SP checkpoint body")
struct CheckpointTests {
    @Test func parsesThePublishedExample() throws {
        let vectors = try MerkleVectors.load()
        let note = try SignedNote(parsing: vectors.c2spTlogCheckpointExampleTextOnly.text)
        let checkpoint = try Checkpoint(parsing: note.text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.size == 20_852_163)
        #expect(checkpoint.root.base64 == "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
        #expect(checkpoint.extensions.isEmpty)
        #expect(checkpoint.text == note.text)
        #expect(note.formatted == vectors.c2spTlogCheckpointExampleTextOnly.text)
    }

    @Test func roundTripsWithExtensions() throws {
        let checkpoint = try Checkpoint(
            origin: "permittrail.example/ledger", size: 0, root: TreeHasher.emptyRoot, extensions: ["ext one", "— two"]
        )
        #expect(checkpoint.text == "permittrail.example/ledger\n0\n\(TreeHasher.emptyRoot.base64)\next one\n— two\n")
        #expect(try Checkpoint(parsing: checkpoint.text) == checkpoint)
    }

    @Test func rejectsMalformedBodies() {
        let root = TreeHasher.emptyRoot.base64
        let cases: [(String, CheckpointError)] = [
            ("log\n5\n\(root)", .missingFinalNewline),
            ("log\n5\n", .missingLines(found: 2)),
            ("\n5\n\(root)\n", .invalidOrigin),
            ("lo\u{7}g\n5\n\(root)\n", .invalidOrigin),
            ("log\n05\n\(root)\n", .invalidSize("05")),
            ("log\n+5\n\(root)\n", .invalidSize("+5")),
            ("log\n-1\n\(root)\n", .invalidSize("-1")),
            ("log\n5 \n\(root)\n", .invalidSize("5 ")),
            ("log\n\n\(root)\n", .invalidSize("")),
            ("log\n18446744073709551616\n\(root)\n", .invalidSize("18446744073709551616")),
            ("log\n5\n\(root.dropLast())\n", .invalidRootBase64),
            ("log\n5\nAAAA\n", .wrongRootLength(3)),
            ("log\n5\n\(root)\n\n", .invalidExtension(0)),
            ("log\n5\n\(root)\next\n\nmore\n", .invalidExtension(1)),
            ("log\r\n5\n\(root)\n", .invalidOrigin),
        ]
        for (text, expected) in cases {
            #expect(throws: expected, "\(text.debugDescription)") { try Checkpoint(parsing: text) }
        }
    }

    @Test func acceptsLargestSize() throws {
        let text = "log\n18446744073709551615\n\(TreeHasher.emptyRoot.base64)\n"
        #expect(try Checkpoint(parsing: text).size == UInt64.max)
    }

    @Test func refusesToFormatUnparseableBodies() {
        #expect(throws: CheckpointError.invalidOrigin) { try Checkpoint(origin: "", size: 1, root: TreeHasher.emptyRoot) }
        #expect(throws: CheckpointError.invalidOrigin) { try Checkpoint(origin: "a\nb", size: 1, root: TreeHasher.emptyRoot) }
        #expect(throws: CheckpointError.invalidExtension(1)) {
            try Checkpoint(origin: "log", size: 1, root: TreeHasher.emptyRoot, extensions: ["ok", ""])
        }
    }
}
