import PermitCore
import PermitStore
import Vapor

struct RegistryRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        enterprises(routes)
        calendar(routes)
        catalogue(routes)
        inspectors(routes)
    }

    private func enterprises(_ routes: any RoutesBuilder) {
        routes.on(.GET, RegistryURL.enterprises, .requires(.viewEnterprises), use: EnterprisePages.list)
        routes.on(.POST, RegistryURL.enterprises, .requires(.manageEnterprises), use: EnterpriseForm.create)
        routes.on(.GET, RegistryURL.newEnterprise, .requires(.manageEnterprises), use: EnterpriseForm.new)
        routes.on(.GET, RegistryURL.enterprise(.key), .requires(.viewEnterprises), use: EnterprisePages.detail)
        routes.on(.POST, RegistryURL.enterprise(.key), .requires(.manageEnterprises), use: EnterpriseForm.update)
        routes.on(.GET, RegistryURL.editEnterprise(.key), .requires(.manageEnterprises), use: EnterpriseForm.edit)
        routes.on(.GET, RegistryURL.enterpriseImport, .requires(.importEnterprises), use: ImportPage.enterprises.show)
        routes.on(.POST, RegistryURL.enterpriseImport, .requires(.importEnterprises), body: .stream, use: ImportPage.enterprises.submit)
            .acceptsBodies(upTo: CSVFile.maxBytes)

        routes.on(.GET, RegistryURL.api(.ownEnterprise), .requires(.viewOwnEnterprise), use: EnterprisesAPIController.own)
        routes.on(.GET, RegistryURL.api(.enterprises), .requires(.viewEnterprises), use: EnterprisesAPIController.search)
        routes.on(.POST, RegistryURL.api(.enterprises), .requires(.manageEnterprises), use: EnterprisesAPIController.create)
        routes.on(.GET, RegistryURL.api(.export), .requires(.viewEnterprises), use: EnterprisesAPIController.export)
        routes.on(.POST, RegistryURL.api(.enterpriseImport), .requires(.importEnterprises), body: .stream, use: EnterprisesAPIController.importCSV)
            .acceptsBodies(upTo: CSVFile.maxBytes)
        routes.on(.GET, RegistryURL.api(.enterprise(.key)), .requires(.viewEnterprises), use: EnterprisesAPIController.show)
        routes.on(.PUT, RegistryURL.api(.enterprise(.key)), .requires(.manageEnterprises), use: EnterprisesAPIController.update)
        routes.on(.GET, RegistryURL.api(.history(.key)), .requires(.viewEnterprises), use: EnterprisesAPIController.history)
    }

    private func calendar(_ routes: any RoutesBuilder) {
        routes.on(.GET, RegistryURL.calendar, .requires(.viewCalendar), use: CalendarPage.show)
        routes.on(.POST, RegistryURL.calendarYears, .requires(.manageCalendar), use: CalendarPage.load)
        routes.on(.POST, RegistryURL.calendarYear(.key), .requires(.manageCalendar), use: CalendarPage.revise)

        routes.on(.GET, RegistryURL.api(.calendarYears), .requires(.viewCalendar), use: CalendarAPIController.years)
        routes.on(.POST, RegistryURL.api(.calendarYears), .requires(.manageCalendar), use: CalendarAPIController.add)
        routes.on(.GET, RegistryURL.api(.calendarYear(.key)), .requires(.viewCalendar), use: CalendarAPIController.year)
        routes.on(.PUT, RegistryURL.api(.calendarYear(.key)), .requires(.manageCalendar), use: CalendarAPIController.revise)
        routes.on(.GET, RegistryURL.api(.addWorkingDays), .requires(.viewCalendar), use: CalendarAPIController.addWorkingDays)
    }

    private func catalogue(_ routes: any RoutesBuilder) {
        routes.on(.GET, RegistryURL.catalogue, .requires(.viewCatalogue), use: CataloguePage.show)
        routes.on(.POST, RegistryURL.units, .requires(.manageCatalogue), use: CataloguePage.addUnit)
        routes.on(.POST, RegistryURL.unit(.key), .requires(.manageCatalogue), use: CataloguePage.editUnit)
        routes.on(.POST, RegistryURL.categories, .requires(.manageCatalogue), use: CataloguePage.addCategory)
        routes.on(.POST, RegistryURL.category(.key), .requires(.manageCatalogue), use: CataloguePage.editCategory)
        routes.on(.POST, RegistryURL.simplified(category: .key), .requires(.manageCatalogue), use: CataloguePage.setSimplified)

        routes.on(.GET, RegistryURL.api(.catalogue), .requires(.viewCatalogue), use: CatalogueAPIController.show)
        routes.on(.POST, RegistryURL.api(.units), .requires(.manageCatalogue), use: CatalogueAPIController.addUnit)
        routes.on(.GET, RegistryURL.api(.unit(.key)), .requires(.viewCatalogue), use: CatalogueAPIController.unit)
        routes.on(.PUT, RegistryURL.api(.unit(.key)), .requires(.manageCatalogue), use: CatalogueAPIController.editUnit)
        routes.on(.POST, RegistryURL.api(.categories), .requires(.manageCatalogue), use: CatalogueAPIController.addCategory)
        routes.on(.PUT, RegistryURL.api(.category(.key)), .requires(.manageCatalogue), use: CatalogueAPIController.editCategory)
        routes.on(.PUT, RegistryURL.api(.simplified(category: .key)), .requires(.manageCatalogue), use: CatalogueAPIController.setSimplified)
    }

    private func inspectors(_ routes: any RoutesBuilder) {
        let district = RouteRule.Scope.district(parameter: "code")
        routes.on(.GET, RegistryURL.allInspectors, .requires(.viewAllInspectors), use: InspectorsPage.showAll)
        routes.on(.GET, RegistryURL.inspectorImport, .requires(.importInspectors), use: ImportPage.inspectors.show)
        routes.on(.POST, RegistryURL.inspectorImport, .requires(.importInspectors), body: .stream, use: ImportPage.inspectors.submit)
            .acceptsBodies(upTo: CSVFile.maxBytes)
        routes.on(.GET, RegistryURL.inspectors(district: .key), .requires(.viewInspectors, on: district), use: InspectorsPage.show)
        routes.on(.POST, RegistryURL.inspectors(district: .key), .requires(.manageInspectors, on: district), use: InspectorsPage.add)
        routes.on(.POST, RegistryURL.inspector(district: .key, .key), .requires(.manageInspectors, on: district), use: InspectorsPage.update)

        routes.on(.GET, RegistryURL.api(.allInspectors), .requires(.viewAllInspectors), use: InspectorsAPIController.listAll)
        routes.on(.POST, RegistryURL.api(.inspectorImport), .requires(.importInspectors), body: .stream, use: ImportEndpoint.inspectors.api)
            .acceptsBodies(upTo: CSVFile.maxBytes)
        routes.on(.GET, RegistryURL.api(.inspectors(district: .key)), .requires(.viewInspectors, on: district), use: InspectorsAPIController.list)
        routes.on(.POST, RegistryURL.api(.inspectors(district: .key)), .requires(.manageInspectors, on: district), use: InspectorsAPIController.add)
        routes.on(.PUT, RegistryURL.api(.inspector(district: .key, .key)), .requires(.manageInspectors, on: district),
                  use: InspectorsAPIController.update)
    }
}
