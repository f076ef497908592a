import ArgumentParser
import Foundation
import PermitCore
import PermitServer
import PermitStore

/// Bulk loading of the registry from CSV files exported by spreadsheet
/// programs (UTF-8 or GB18030; headers in Chinese or English).
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import enterprises from a CSV file (all rows or none).",
        subcommands: [Enterprises.self]
    )

    struct Enterprises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import enterprises; a dry run lists every bad row with its line number and reason."
        )
        @Argument(help: "CSV file, UTF-8 or GB18030.") var file: String
        @Flag(name: .customLong("dry-run"), help: "Check every row and write nothing.") var dryRun = false
        @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows and report the others.") var skipInvalid = false
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let table = try CSVFile.table(try readFile(file))
                if dryRun {
                    let plan = try await store.enterprises.planImport(table)
                    for problem in plan.problems { print(problem.text(.zhHans)) }
                    print(Phrase.importDryRunSummary.text(.zhHans, [
                        "accepted": String(plan.accepted.count), "rejected": String(plan.problems.count),
                    ]))
                    if !plan.problems.isEmpty { throw ExitCode.failure }
                    return
                }
                do {
                    let result = try await store.enterprises.importTable(
                        table, skipInvalid: skipInvalid, by: UsersCommand.actor, at: SystemWallClock().now()
                    )
                    for problem in result.skipped { print(problem.text(.zhHans)) }
                    print(Phrase.importDoneSummary.text(.zhHans, ["imported": String(result.imported)]))
                    if !result.skipped.isEmpty {
                        print(Phrase.importSkippedSummary.text(.zhHans, ["skipped": String(result.skipped.count)]))
                    }
                } catch let refused as EnterpriseImportRefused {
                    for problem in refused.problems { print(problem.text(.zhHans)) }
                    print(Phrase.problemImportRefused.text(.zhHans, ["count": String(refused.problems.count)]))
                    throw ExitCode.failure
                }
            }
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export enterprises as CSV (UTF-8 with BOM, Chinese headers) that imports again.",
        subcommands: [Enterprises.self]
    )

    struct Enterprises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export enterprises, all or one district's.")
        @Option(help: "Only the enterprises this district sees.") var district: String?
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let code = try district.map { text in
                    guard let code = DistrictCode(rawValue: text) else { throw ValidationError("辖区代码应为 6 位数字：\(text)") }
                    return code
                }
                let table = EnterpriseImport.exportTable(try await store.enterprises.all(in: code), language: .zhHans)
                let data = try CSVFile.write(table)
                if let output {
                    try data.write(to: URL(fileURLWithPath: output))
                } else {
                    FileHandle.standardOutput.write(data)
                }
            }
        }
    }
}

/// Reads a whole file, refusing one too large before reading it.
func readFile(_ path: String) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= CSVFile.maxBytes else { throw ImportFileError.tooLarge(limit: CSVFile.maxBytes) }
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("无法读取文件 \(path)") }
    return data
}
