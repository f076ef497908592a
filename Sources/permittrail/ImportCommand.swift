import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitServer
import PermitStore

/// Bulk loading of the registry from CSV files exported by spreadsheet
/// programs (UTF-8 or GB18030; headers in Chinese or English).
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import enterprises or inspectors from a CSV file (all rows or none).",
        subcommands: [Enterprises.self, Inspectors.self]
    )

    /// What every import takes.
    struct Options: ParsableArguments {
        @Argument(help: "CSV file, UTF-8 or GB18030, header in Chinese or English.") var file: String
        @Flag(name: .customLong("dry-run"), help: "Check every row and write nothing.") var dryRun = false
        @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows and report the others.") var skipInvalid = false
        @OptionGroup var store: StoreOptions
    }

    struct Enterprises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import enterprises; a dry run lists every bad row with its line number and reason."
        )
        @OptionGroup var options: Options

        func run() async throws {
            try await runImport(options, .enterprises)
        }
    }

    struct Inspectors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import inspectors (辖区,姓名,所在单位,职务,联系电话,执法证号[,在岗,回避企业]); a dry run names every bad row."
        )
        @OptionGroup var options: Options

        func run() async throws {
            try await runImport(options, .inspectors)
        }
    }
}

/// The one import run: dry run or real, every bad row printed with its line,
/// exit 1 when anything was refused.
private func runImport(_ options: ImportCommand.Options, _ kind: TableImport) async throws {
    try await withStore(options.store) { store in
        let table = try CSVFile.table(try readFile(options.file))
        if options.dryRun {
            let (accepted, problems) = try await kind.plan(table, UsersCommand.context(store))
            for problem in problems { print(problem.text(.zhHans)) }
            print(Phrase.importDryRunSummary(accepted: accepted, rejected: problems.count).text(.zhHans))
            if !problems.isEmpty { throw ExitCode.failure }
            return
        }
        do {
            let result = try await kind.write(table, options.skipInvalid, UsersCommand.context(store))
            for problem in result.skipped { print(problem.text(.zhHans)) }
            print(Phrase.importDoneSummary(imported: result.imported).text(.zhHans))
            if !result.skipped.isEmpty {
                print(Phrase.importSkippedSummary(skipped: result.skipped.count).text(.zhHans))
            }
        } catch let refused as ImportRefused {
            for problem in refused.problems { print(problem.text(.zhHans)) }
            print(Phrase.problemImportRefused(count: refused.problems.count).text(.zhHans))
            throw ExitCode.failure
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export enterprises or inspectors as CSV (UTF-8 with BOM, Chinese headers) that imports again.",
        subcommands: [Enterprises.self, Inspectors.self]
    )

    struct Inspectors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export inspectors, all or one district's.")
        @Option(help: "Only this district's inspectors.") var district: String?
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let inspectors = try await store.inspectors.inspectors(in: try parseDistrict(district))
                try emit(InspectorImport.exportTable(inspectors, language: .zhHans), to: output)
            }
        }
    }

    struct Enterprises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export enterprises, all or one district's.")
        @Option(help: "Only the enterprises this district sees.") var district: String?
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let enterprises = try await store.enterprises.all(in: try parseDistrict(district))
                try emit(EnterpriseImport.exportTable(enterprises, language: .zhHans), to: output)
            }
        }
    }
}

private func parseDistrict(_ text: String?) throws -> DistrictCode? {
    try text.map { text in
        guard let code = DistrictCode(rawValue: text) else { throw ValidationError("辖区代码应为 6 位数字：\(text)") }
        return code
    }
}

/// UTF-8 CSV with a byte-order mark, to a file or standard output.
private func emit(_ table: [[String]], to output: String?) throws {
    let data = try CSVFile.write(table)
    if let output {
        try data.write(to: URL(fileURLWithPath: output))
    } else {
        FileHandle.standardOutput.write(data)
    }
}

/// Reads a whole file, refusing one too large before reading it.
func readFile(_ path: String) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= CSVFile.maxBytes else { throw ImportFileError.tooLarge(limit: CSVFile.maxBytes) }
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("无法读取文件 \(path)") }
    return data
}
