import Foundation
import PermitLedger
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("permittrail ledger — fsck, checkpoint and key on a data folder")
struct LedgerCommandTests {
    private func populated(_ directory: URL) throws -> String {
        let data = directory.appendingPathComponent("data").path
        _ = try CommandRunner.run(["districts", "add", "310115", "浦东新区", "--data-dir", data])
        _ = try CommandRunner.run(
            ["users", "add", "audit.one", "--role", "auditor", "--data-dir", data], input: "correct horse battery\n"
        )
        return data
    }

    @Test("fsck passes an untouched ledger and fails, naming the place, after a row is changed")
    func fsck() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = try populated(directory)
            let clean = try CommandRunner.run(["ledger", "fsck", "--data-dir", data])
            #expect(clean.status == 0)
            #expect(clean.lines.last?.hasPrefix("ledger OK: entries=2 ") == true)

            let store = try Store.standalone(
                location: .sqliteFile(path: data + "/" + DatabaseLocation.databaseFileName), signer: .testing
            )
            try await store.sql().update("districts").set("name", to: "浦东新区X").run()
            await store.shutdown()

            let damaged = try CommandRunner.run(["ledger", "fsck", "--data-dir", data])
            #expect(damaged.status == 1)
            #expect(damaged.lines.last?.hasPrefix("DIVERGENCE: district 310115: differs from entry 0: name") == true)
            #expect(damaged.lines.dropLast().last == "账本不一致（首个差异）：district 310115：与第 0 条记录不符：name 在账本中为 \"浦东新区\"，在表中为 \"浦东新区X\"")
        }
    }

    @Test("the printed checkpoint verifies with the printed key, and not with another")
    func checkpoint() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = try populated(directory)
            let note = directory.appendingPathComponent("checkpoint")
            try Data(try CommandRunner.run(["ledger", "checkpoint", "--data-dir", data]).output.utf8).write(to: note)
            let key = try CommandRunner.run(["ledger", "public-key", "--data-dir", data]).lines[0]
            #expect(key.hasPrefix("permittrail/shanghai+"))
            #expect(!key.contains("PRIVATE"))

            let good = try CommandRunner.run(["verify", "checkpoint", note.path, "--key", key])
            let otherKey = LedgerSigner.testing.verifierKey.description
            let wrongKey = try CommandRunner.run(["verify", "checkpoint", note.path, "--key", otherKey])
            let wrongOrigin = try CommandRunner.run(["verify", "checkpoint", note.path, "--key", key, "--origin", "other/log"])
            let garbage = try CommandRunner.run(["verify", "checkpoint", note.path, "--key", "not a key"])

            #expect(good.lines == ["OK: \(note.path)"] && good.status == 0)
            #expect(wrongKey.lines.first?.hasPrefix("FAIL: \(note.path): ") == true && wrongKey.status == 1)
            #expect(wrongOrigin.lines.first?.hasPrefix("FAIL: \(note.path): checkpoint origin is") == true && wrongOrigin.status == 1)
            #expect(garbage.lines.first?.hasPrefix("FAIL: cannot parse key") == true && garbage.status == 2)
        }
    }
}
