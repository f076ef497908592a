import Vapor

/// Every capability registers its own routes, each through its `SiteURL`
/// with the rule it requires; a route without one is refused to everyone.
func routes(_ app: Application) throws {
    let capabilities: [any RouteCollection] = [
        OperationsRoutes(), PageRoutes(), AccountRoutes(), RegistryRoutes(), LedgerRoutes(), CaseRoutes(),
        EvidenceRoutes(maxUploadSize: app.appContext.configuration.maxUploadSize), CaptureRoutes(maxUploadSize: app.appContext.configuration.maxUploadSize),
        DisclosureRoutes(), LicensingRoutes(), ExitRoutes(), CreditRoutes(), InspectionRoutes(), InspectionTaskRoutes(), InspectionFollowUpRoutes(), SupervisionRoutes(), OversightRoutes(),
    ]
    for capability in capabilities {
        try app.register(collection: capability)
    }
}
