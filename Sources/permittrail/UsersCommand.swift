import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitServer
import PermitStore

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Manage accounts: add, list, disable.",
        subcommands: [Add.self, List.self, Disable.self]
    )

    /// The operator at the console, as the ledger records it.
    static let actor = ActorReference.system("cli")

    /// The context the operator's commands run in.
    static func context(_ store: Store) -> PermitCommands.CommandContext {
        .system("cli", clock: SystemWallClock(), store: store)
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account; the password is read from standard input, never from the command line."
        )

        @Argument(help: "Login name (3–32 letters, digits, . _ -).") var name: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "District code, e.g. 310115 (required for district officers and inspectors).") var district: String?
        @Option(name: .customLong("display-name"), help: "Name shown on pages (default: the login name).") var displayName: String?
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let password = readLine(strippingNewline: true) ?? ""
            try await withStore(store) { store in
                let draft = AccountDraft(username: name, displayName: displayName ?? name, role: role, district: district, password: password)
                let user = try await AccountCommands.create(
                    draft, passwords: InlinePasswordWork(BcryptPasswordHasher(cost: 12)), in: UsersCommand.context(store)
                )
                print("已创建用户 \(user.username)（\(user.role.phrase.text(.zhHans))）")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts: name, role, district, status.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                for user in try await store.accounts.users() {
                    let columns = [
                        user.username.rawValue, user.role.rawValue, user.district?.rawValue ?? "-",
                        user.isActive ? "active" : "disabled", user.displayName,
                    ]
                    print(columns.joined(separator: "\t"))
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; it can no longer sign in.")
        @Argument(help: "Login name.") var name: String
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                guard Username(rawValue: name) != nil else {
                    throw InvalidInput([FieldIssue(field: "username", problem: .invalidFormat)])
                }
                let user = try await AccountCommands.disable(name, in: UsersCommand.context(store))
                print("已停用用户 \(user.username)")
            }
        }
    }
}
