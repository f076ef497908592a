import ArgumentParser
import PermitStore

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply database migrations, or revert them with --revert."
    )

    @Flag(help: "Revert the last batch of migrations instead of applying.")
    var revert = false

    @Flag(help: "With --revert: revert every batch, leaving an empty database.")
    var all = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await withStore(store) { store in
            if revert {
                try await all ? store.revertAll() : store.revertLastBatch()
                print(all ? "已撤销全部迁移。" : "已撤销最近一批迁移。")
            } else {
                print("数据库已是最新结构。")
            }
        }
    }
}
