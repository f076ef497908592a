import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// What an upload did: rows accepted (or, in a dry run, acceptable) and
/// every refused row with its line and reasons in the caller's language.
struct ImportReportDTO: Content {
    struct Row: Content {
        let line: Int
        let errors: [String]
    }

    let dryRun: Bool
    let accepted: Int
    let imported: Int
    let rejected: [Row]
}

/// One import, by API or by page, for any table the registry imports: the
/// plan for a dry run, the all-or-none write otherwise.
struct ImportEndpoint: Sendable {
    let table: TableImport

    static let enterprises = ImportEndpoint(table: .enterprises)
    static let inspectors = ImportEndpoint(table: .inspectors)

    func run(_ table: [[String]], dryRun: Bool, skipInvalid: Bool, on req: Request) async throws -> ImportReportDTO {
        let language = req.language
        func rows(_ problems: [ImportRowProblem]) -> [ImportReportDTO.Row] {
            problems.map { .init(line: $0.line, errors: $0.issues.map { $0.text(language) }) }
        }
        if dryRun {
            let (accepted, problems) = try await self.table.plan(table, req.commandContext)
            return .init(dryRun: true, accepted: accepted, imported: 0, rejected: rows(problems))
        }
        let result = try await self.table.write(table, skipInvalid, req.commandContext)
        return .init(dryRun: false, accepted: result.imported, imported: result.imported, rejected: rows(result.skipped))
    }

    /// A CSV body (`text/csv`), streamed (route it with `body: .stream`);
    /// `?dryRun=true` checks without writing, `?skipInvalid=true` imports
    /// the valid rows.
    func api(_ req: Request) async throws -> Response {
        var query = QueryParameters(req)
        let dryRun = query.boolean("dryRun"), skipInvalid = query.boolean("skipInvalid")
        try query.check()
        let table = try await req.withUpload { try CSVFile.table(try $0.contents()) }
        let report = try await run(table, dryRun: dryRun, skipInvalid: skipInvalid, on: req)
        return try await report.encodeResponse(status: report.dryRun || report.imported == 0 ? .ok : .created, for: req)
    }
}
