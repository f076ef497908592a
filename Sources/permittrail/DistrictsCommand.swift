import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitStore

struct DistrictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "districts", abstract: "Manage districts (bureaus' areas): add, list.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a district bureau (or a city bureau with --level city).")
        @Argument(help: "Six-digit administrative division code.") var code: String
        @Argument(help: "Name, e.g. 浦东新区.") var name: String
        @Option(help: "city or district.") var level = "district"
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let district = try await DistrictCommands.add(code: code, name: name, level: level, in: UsersCommand.context(store))
                print("已添加辖区 \(district.name)（\(district.code)）")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List districts: code, level, name.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                for district in try await store.accounts.districts() {
                    print([district.code.rawValue, district.level.rawValue, district.name].joined(separator: "\t"))
                }
            }
        }
    }
}
