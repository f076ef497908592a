import Foundation
import Testing

@Suite("permittrail evidence verify — the originals behind the records")
struct EvidenceCommandTests {
    @Test("a data folder without records verifies with nothing to hash, in both languages' lines")
    func empty() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = directory.appendingPathComponent("data").path
            let result = try CommandRunner.run(["evidence", "verify", "--data-dir", data])
            #expect(result.status == 0)
            #expect(result.lines.first?.hasPrefix("原始记录完整：0 个文件") == true)
            #expect(result.lines.last?.hasPrefix("evidence OK: files=0 bytes=0 ") == true)
        }
    }
}
