import PermitCore
import Vapor

/// The case capability's routes with the action each requires; whether a
/// caller may touch a given case is the commands' per-case check, so every
/// case route requires only `viewCases` here.
struct CaseRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, CaseURL.cases, .requires(.viewCases), use: CasePages.list)
        routes.on(.POST, CaseURL.cases, .requires(.openCases), use: CasePages.open)
        routes.on(.GET, CaseURL.case(.key), .requires(.viewCases), use: CasePages.show)
        routes.on(.POST, CaseURL.nodeAction(.key, node: .key, action: .key), .requires(.viewCases), use: CasePages.act)
        routes.on(.GET, CaseURL.processes, .everyone, use: CasePages.processes)
        routes.on(.GET, CaseURL.process(.key), .everyone, use: CasePages.process)
        routes.on(.GET, CaseURL.flowChart(.key), .everyone, use: CasePages.flowChart)

        routes.on(.GET, CaseURL.api(.cases), .requires(.viewCases), use: CasesAPIController.list)
        routes.on(.POST, CaseURL.api(.cases), .requires(.openCases), use: CasesAPIController.open)
        // The capture page's script records its uploads, and reads the case
        // to tell whether a record whose answer it lost was made.
        routes.on(.GET, CaseURL.api(.case(.key)), .requires(.viewCases), use: CasesAPIController.show).acceptsCaptureTokens()
        routes.on(.POST, CaseURL.api(.records(.key, node: .key)), .requires(.viewCases), use: CasesAPIController.addRecord)
            .acceptsCaptureTokens()
        routes.on(.POST, CaseURL.api(.exemptions(.key, node: .key)), .requires(.viewCases), use: CasesAPIController.exempt)
        routes.on(.POST, CaseURL.api(.notApplicable(.key, node: .key)), .requires(.viewCases), use: CasesAPIController.notApplicable)
        routes.on(.POST, CaseURL.api(.complete(.key, node: .key)), .requires(.viewCases), use: CasesAPIController.complete)
        routes.on(.POST, CaseURL.api(.pauseClock(.key)), .requires(.viewCases), use: CasesAPIController.pause)
        routes.on(.POST, CaseURL.api(.resumeClock(.key)), .requires(.viewCases), use: CasesAPIController.resume)
        routes.on(.GET, CaseURL.api(.worklist), .requires(.viewCases), use: CasesAPIController.worklist)
        routes.on(.GET, CaseURL.api(.processes), .everyone, use: CasesAPIController.processes)
        routes.on(.GET, CaseURL.api(.process(.key)), .everyone, use: CasesAPIController.process)
        routes.on(.POST, CaseURL.api(.versions(.key)), .requires(.manageProcesses), use: CasesAPIController.publish)
        routes.on(.GET, CaseURL.api(.agencies), .requires(.viewAgencies), use: CasesAPIController.agencies)
        routes.on(.POST, CaseURL.api(.agencies), .requires(.manageAgencies), use: CasesAPIController.registerAgency)
    }
}
