import PermitCore
import PermitStore
import Vapor

/// The enterprise changes both the API and the pages make, with the district
/// rule applied once: district staff change only what their district sees.
enum EnterpriseCommands {
    static func register(_ draft: EnterpriseDraft, on req: Request) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: EnterpriseID(rawValue: UUID()))
        try req.requireAccess(.manageEnterprises, toAnyOf: candidate.districts)
        return try await req.store.enterprises.register(draft, by: try actor(req), at: req.now)
    }

    static func update(_ current: Enterprise, with draft: EnterpriseDraft, on req: Request) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: current.id)
        try req.requireAccess(.manageEnterprises, toAnyOf: candidate.districts)
        return try await req.store.enterprises.update(current.id, with: draft, by: try actor(req), at: req.now)
    }

    static func importTable(
        _ table: [[String]], dryRun: Bool, skipInvalid: Bool, on req: Request
    ) async throws -> EnterprisesAPIController.ImportReportDTO {
        let language = req.language
        func rows(_ problems: [ImportRowProblem]) -> [EnterprisesAPIController.ImportReportDTO.Row] {
            problems.map { .init(line: $0.line, errors: $0.issues.map { $0.text(language) }) }
        }
        if dryRun {
            let plan = try await req.store.enterprises.planImport(table)
            return .init(dryRun: true, accepted: plan.accepted.count, imported: 0, rejected: rows(plan.problems))
        }
        let result = try await req.store.enterprises.importTable(table, skipInvalid: skipInvalid, by: try actor(req), at: req.now)
        return .init(dryRun: false, accepted: result.imported, imported: result.imported, rejected: rows(result.skipped))
    }

    private static func actor(_ req: Request) throws -> ActorReference {
        .user(try req.requireUser().username)
    }
}
