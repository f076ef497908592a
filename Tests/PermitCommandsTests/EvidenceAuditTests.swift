import Foundation
import PermitCommands
import PermitCore
import PermitStore
import PermitTestSupport
import Testing

@Suite("Evidence audit — every record's original hashed again (permittrail evidence verify)")
struct EvidenceAuditTests {
    @Test("an untouched original passes; one changed on disk is named altered, one removed is named missing")
    func audit() async throws {
        try await CaseCommandsTests.withBureau { store, context in
            let officer = try await context("xuhui.officer")
            let opened = try await CaseCommands.open(.init(process: "license-onsite-review", subject: CaseCommandsTests.enterpriseCode), in: officer)
            var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8))
            png += Data([0, 0, 0x0B, 0xB8, 0, 0, 0x07, 0xD0, 8, 2, 0, 0, 0] + Array(repeating: 0, count: 64))
            for (index, content) in [png, png + Data([1])].enumerated() {
                let upload = try await store.evidence.uploads.receive(id: "00000000000000a\(index)", owner: "xuhui.officer", at: .t0) { write in
                    try write(content)
                    return [:]
                }
                _ = try await EvidenceCommands.record(
                    .init(upload: upload.id, kind: "photo", label: "设备铭牌"), to: "production-equipment", of: opened.number.description, in: officer
                )
            }
            let clean = try await store.auditEvidence()
            #expect(clean.isIntact && clean.checked == 2 && clean.bytes == png.count * 2 + 1)

            let records = try #require(try await store.cases.find(opened.number)).records
            let (first, second) = (try #require(records[0].sha256), try #require(records[1].sha256))
            let altered = try #require(store.evidence.blobs.localFile(first))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: altered.path)
            try Data("not the photo".utf8).write(to: altered)
            try FileManager.default.removeItem(at: try #require(store.evidence.blobs.localFile(second)))
            let damaged = try await store.auditEvidence()
            #expect(damaged.altered == [first] && damaged.missing == [second] && !damaged.isIntact)
        }
    }
}
