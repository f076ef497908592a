import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitStore

struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "Run the scheduled jobs once (the server runs them every 10 minutes).",
        subcommands: [Run.self]
    )

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Raise deadline reminders and overdue flags that fell due.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let raised = try await DeadlineJob.run(in: .system("deadline-job", clock: SystemWallClock(), store: store))
                print("已发出提醒 \(raised.count) 条")
                for alert in raised { print("\(alert.key)\t\(alert.due)") }
            }
        }
    }
}
