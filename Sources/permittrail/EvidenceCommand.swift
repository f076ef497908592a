import ArgumentParser
import Foundation
import PermitStore

/// The operator's check of the originals behind the records.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Check the evidence originals (photos, videos, scans) behind the records.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Re-hash the original of every record against the SHA-256 the record (and the ledger) holds; exit 1 if any is missing or altered."
        )
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let started = Date()
            let store = try await store.openStore()
            let audit: EvidenceAudit
            do {
                audit = try await store.auditEvidence()
                await store.shutdown()
            } catch {
                await store.shutdown()
                throw error
            }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            for digest in audit.missing { print("缺失 MISSING \(digest)") }
            for digest in audit.altered { print("已改变 ALTERED \(digest)") }
            if audit.isIntact {
                print("原始记录完整：\(audit.checked) 个文件，\(audit.bytes) 字节，均与记录的 SHA-256 一致（\(seconds) 秒）。")
                print("evidence OK: files=\(audit.checked) bytes=\(audit.bytes) seconds=\(seconds)")
            } else {
                print("原始记录有误：缺失 \(audit.missing.count) 个，内容改变 \(audit.altered.count) 个。")
                print("evidence FAIL: missing=\(audit.missing.count) altered=\(audit.altered.count)")
                throw ExitCode.failure
            }
        }
    }
}
