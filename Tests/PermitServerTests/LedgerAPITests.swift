import Foundation
import PermitCore
import PermitLedger
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Ledger API, files and pages — anyone verifies, officials read")
struct LedgerAPITests {
    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.text.utf8)) as? [String: Any])
    }

    @Test("the public checkpoint verifies with the public key and matches the stored tree")
    func checkpoint() async throws {
        try await withTestApp { app in
            let checkpoint = try json(try await app.send(.GET, "/api/v1/ledger/checkpoint"))
            let key = try json(try await app.send(.GET, "/api/v1/ledger/public-key"))
            let file = try await app.send(.GET, "/ledger/checkpoint")

            let verifier = try NoteVerifierKey(parsing: try #require(key["verifierKey"] as? String))
            let note = try #require(checkpoint["note"] as? String)
            #expect(SignedCheckpoint.check(note, verifier: verifier) == .ok)
            #expect(file.text == note)
            #expect(checkpoint["size"] as? Int == Int(try await app.store.ledger.size()))
            #expect(file.headers.first(name: .cacheControl) == "no-cache")
        }
    }

    @Test("inclusion and consistency proofs come in the verifier's file shape and verify")
    func proofs() async throws {
        try await withTestApp { app in
            let size = try await app.store.ledger.size()
            #expect(size >= 4)
            for index in 0..<size {
                let res = try await app.send(.GET, "/api/v1/ledger/proofs/inclusion?index=\(index)")
                #expect(ProofFile.check(Data(res.text.utf8), expecting: .inclusion) == .ok, "\(index): \(res.text)")
            }
            let leaf = try #require(try await app.store.ledger.entries(2..<3).first).leafHash
            let escaped = leaf.base64.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let byHash = try await app.send(.GET, "/api/v1/ledger/proofs/inclusion?leafHash=\(escaped)&size=3")
            #expect(try json(byHash)["leafIdx"] as? Int == 2)
            let consistency = try await app.send(.GET, "/api/v1/ledger/proofs/consistency?size1=1&size2=\(size)")
            #expect(ProofFile.check(Data(consistency.text.utf8), expecting: .consistency) == .ok)
        }
    }

    @Test("bad proof requests are 4xx problems in the user's language, never a crash")
    func badRequests() async throws {
        try await withTestApp { app in
            let size = try await app.store.ledger.size()
            let cases: [(String, HTTPStatus, String)] = [
                ("/api/v1/ledger/proofs/inclusion?index=abc", .unprocessableEntity, "序号：应为整数"),
                ("/api/v1/ledger/proofs/inclusion", .unprocessableEntity, "序号：必填"),
                ("/api/v1/ledger/proofs/inclusion?index=0&size=\(size + 1)", .unprocessableEntity, "无法按 \(size + 1) 条作答"),
                ("/api/v1/ledger/proofs/inclusion?index=\(size)", .unprocessableEntity, "超出大小为 \(size) 的树"),
                ("/api/v1/ledger/proofs/inclusion?leafHash=AAAA", .unprocessableEntity, "叶哈希：格式不正确"),
                ("/api/v1/ledger/proofs/inclusion?leafHash=\(String(repeating: "ab", count: 32))", .notFound, "没有该叶哈希"),
                ("/api/v1/ledger/proofs/consistency?size1=0", .unprocessableEntity, "0 < size1 ≤ size2"),
                ("/api/v1/ledger/proofs/consistency", .unprocessableEntity, "大小：必填"),
                ("/api/v1/ledger/proofs/consistency?size1=-1", .unprocessableEntity, "应为整数"),
                ("/ledger/tile/0/000", .notFound, ""),
                ("/ledger/tile/0/0000.p/1", .notFound, ""),
                ("/ledger/tile/9/000.p/1", .notFound, ""),
            ]
            for (path, status, text) in cases {
                let res = try await app.send(.GET, path, headers: ["Accept": "application/json"])
                #expect(res.status == status, "\(path)")
                if path.hasPrefix("/api") {
                    #expect(res.headers.contentType?.description.hasPrefix("application/problem+json") == true, "\(path)")
                    #expect(res.text.contains(text), "\(path): \(res.text)")
                }
            }
        }
    }

    @Test("tiles hold the leaf hashes and entry bundles the entries, read by standard tooling")
    func tiles() async throws {
        try await withTestApp { app in
            let entries = try await app.store.ledger.entries(0..<1000)
            let width = entries.count

            let tile = try await app.send(.GET, "/ledger/tile/0/000.p/\(width)")
            let bundle = try await app.send(.GET, "/ledger/tile/entries/000.p/\(width)", headers: app.account("auditor").cookie)
            let anonymousBundle = try await app.send(.GET, "/ledger/tile/entries/000.p/\(width)")

            #expect(try TileCoding.parseTile(Array(tile.body.readableBytesView)) == entries.map(\.leafHash))
            #expect(try TileCoding.parseEntryBundle(Array(bundle.body.readableBytesView)) == entries.map(\.bytes))
            #expect(anonymousBundle.status == .seeOther)
        }
    }

    @Test("entry contents are for officials who oversee every district; the public sees hashes only (REC-9)")
    func entries() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/api/v1/ledger/entries?start=1&count=2", headers: app.account("auditor").bearer)
            let district = try await app.send(.GET, "/api/v1/ledger/entries", headers: app.account("pudong.officer").bearer)
            let tooMany = try await app.send(.GET, "/api/v1/ledger/entries?count=1001", headers: app.account("auditor").bearer)

            let rows = try #require(try JSONSerialization.jsonObject(with: Data(res.text.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["index"] as? Int } == [1, 2])
            let encoded = try #require(rows[0]["entry"] as? String)
            let bytes = try #require(Data(base64Encoded: encoded))
            #expect(rows[0]["leafHash"] as? String == TreeHasher.leafHash(bytes).base64)
            #expect(district.status == .forbidden)
            #expect(tooMany.status == .unprocessableEntity)
        }
    }

    @Test("the official page shows a subject's entries with proofs that verify")
    func officialPage() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/admin/ledger?kind=district&id=310115", headers: app.account("city.admin").cookie)
            let publicPage = try await app.send(.GET, "/ledger")

            #expect(res.status == .ok)
            #expect(res.text.contains("district.added"))
            #expect(res.text.contains("&quot;leafIdx&quot;"))
            #expect(publicPage.text.contains(LedgerSigner.testing.verifierKey.description))
            #expect(!publicPage.text.contains("district.added"), "the public page shows no entry contents")
        }
    }
}
