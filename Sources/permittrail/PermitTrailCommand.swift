import ArgumentParser

@main
struct PermitTrailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permittrail",
        abstract: "PermitTrail — 工业产品生产许可全过程管理 (industrial product licensing with full-process records).",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UsersCommand.self, DistrictsCommand.self, LedgerCommand.self,
            CalendarCommand.self, ImportCommand.self, ExportCommand.self, VerifyCommand.self, JobsCommand.self, EvidenceCommand.self,
            DrawCommand.self, SupervisionCommand.self,
        ]
    )
}
