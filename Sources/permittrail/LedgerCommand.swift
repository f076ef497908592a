import ArgumentParser
import Foundation
import PermitCore
import PermitLedger
import PermitStore

/// The operator's view of the ledger.
struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Inspect the tamper-evident ledger: fsck, checkpoint, public key.",
        subcommands: [Fsck.self, ShowCheckpoint.self, PublicKey.self]
    )

    struct Fsck: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fsck",
            abstract: "Recompute every entry, tree hash, checkpoint and covered row; exit 1 at the first divergence."
        )
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let store = try await store.openStore()
            do {
                let summary = try await store.ledger.check()
                await store.shutdown()
                print("账本完整：\(summary.entries) 条记录，\(summary.nodes) 个树节点，\(summary.checkpoints) 个签名检查点，\(summary.coveredRows) 行受保护数据一致。")
                print("ledger OK: entries=\(summary.entries) nodes=\(summary.nodes) checkpoints=\(summary.checkpoints) rows=\(summary.coveredRows) root=\(summary.root.base64)")
            } catch let divergence as LedgerDivergence {
                await store.shutdown()
                print("账本不一致（首个差异）：\(divergence.description(.zhHans))")
                print("DIVERGENCE: \(divergence)")
                throw ExitCode.failure
            } catch {
                await store.shutdown()
                throw error
            }
        }
    }

    struct ShowCheckpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkpoint", abstract: "Print the latest signed checkpoint."
        )
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                print(try await store.ledger.checkpoint(), terminator: "")
            }
        }
    }

    struct PublicKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "public-key", abstract: "Print the verifier key that checks the ledger's checkpoints."
        )
        @OptionGroup var store: StoreOptions

        func run() throws {
            print(try store.signer().verifierKey)
        }
    }
}
