import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitStore

/// 分类监管 from the command line: the district's annual plan as CSV.
struct SupervisionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervision", abstract: "Post-licence supervision (证后监督): the annual periodic inspection plan.",
        subcommands: [Plan.self]
    )

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Print a district's periodic inspection plan for YEAR as CSV (creditCode,name,class,productRisk,mode,inspections).",
            discussion: """
                One row per licensed enterprise the district supervises (its production district). B and C enterprises get their \
                required count; the AA and A enterprises to inspect are drawn by RFC 3797 with the key \
                YEAR/DISTRICT/SOURCE/ plus the mode name (credit/ or responsibility/), over the mode's enterprises ordered by credit code, \
                so `permittrail draw rfc3797` repeats it. An unclassified enterprise is planned as B and its class column is empty.
                """
        )
        @Argument(help: "The plan year, e.g. 2027.") var year: Int
        @Option(name: .customLong("district"), help: "The six-digit district code, e.g. 310115.") var district: String
        @Option(name: .customLong("source"), help: "The named draw source, e.g. a published lottery result. Default: supervision-plan")
        var source: String = SupervisionPlanning.defaultSource
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let plan = try await SupervisionCommands.plan(
                    year: year, district: district, source: source, in: .system("cli", clock: SystemWallClock(), store: store)
                )
                print(plan.csv, terminator: "")
            }
        }
    }
}
