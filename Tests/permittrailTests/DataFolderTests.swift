import Foundation
import Testing

@Suite("The data folder — created readable by the server's user only")
struct DataFolderTests {
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int) & 0o777
    }

    @Test("a first start makes the folder 0700 and the database and key 0600")
    func privateModes() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = directory.appendingPathComponent("new/data").path
            let result = try CommandRunner.run(["migrate", "--data-dir", data])
            #expect(result.status == 0)
            #expect(try mode(data) == 0o700)
            #expect(try mode(data + "/permittrail.sqlite") == 0o600)
            #expect(try mode(data + "/ledger.key") == 0o600)
            let others = try FileManager.default.contentsOfDirectory(atPath: data)
            for name in others { #expect(try mode(data + "/" + name) & 0o077 == 0, "\(name)") }
        }
    }
}
