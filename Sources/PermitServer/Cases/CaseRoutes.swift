import PermitCore
import Vapor

/// The case capability's routes, pages and API, registered in one place
/// with the action each requires; whether a caller may touch a given case
/// is the commands' per-case check.
struct CaseRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let cases = routes.grouped("cases")
        cases.get(use: CasePages.list).requires(.viewCases)
        cases.post(use: CasePages.open).requires(.openCases)
        cases.get(":number", use: CasePages.show).requires(.viewCases)
        cases.post(":number", "nodes", ":node", ":action", use: CasePages.act).requires(.viewCases)
        // The process flow is public (REC-12).
        routes.get("processes", use: CasePages.processes).isPublic()
        routes.get("processes", ":process", use: CasePages.process).isPublic()
        routes.get("processes", ":process", "flow.svg", use: CasePages.flowChart).isPublic()

        let api = routes.grouped("api", "v1")
        api.get("cases", use: CasesAPIController.list).requires(.viewCases)
        api.post("cases", use: CasesAPIController.open).requires(.openCases)
        api.get("cases", ":number", use: CasesAPIController.show).requires(.viewCases)
        let node = api.grouped("cases", ":number", "nodes", ":node")
        node.post("records", use: CasesAPIController.addRecord).requires(.viewCases)
        node.post("exemptions", use: CasesAPIController.exempt).requires(.viewCases)
        node.post("not-applicable", use: CasesAPIController.notApplicable).requires(.viewCases)
        node.post("complete", use: CasesAPIController.complete).requires(.viewCases)
        api.post("cases", ":number", "clock", "pause", use: CasesAPIController.pause).requires(.viewCases)
        api.post("cases", ":number", "clock", "resume", use: CasesAPIController.resume).requires(.viewCases)
        api.get("worklist", use: CasesAPIController.worklist).requires(.viewCases)
        api.get("processes", use: CasesAPIController.processes).isPublic()
        api.get("processes", ":process", use: CasesAPIController.process).isPublic()
        api.post("processes", ":process", "versions", use: CasesAPIController.publish).requires(.manageProcesses)
        api.get("agencies", use: CasesAPIController.agencies).requires(.viewAgencies)
        api.post("agencies", use: CasesAPIController.registerAgency).requires(.manageAgencies)
    }
}
