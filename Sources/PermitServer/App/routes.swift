import PermitCore
import PermitStore
import Vapor

/// Every route, grouped by area. A route either appears in `PublicRoutes` or
/// names the action it requires; the guard refuses anything else.
func routes(_ app: Application) {
    do { // operations
        app.get("health", use: OperationsController.health)
        app.get("metrics", use: OperationsController.metrics)
    }
    do { // pages: sign-in and language
        app.get(use: LoginController.root)
        app.get("login", use: LoginController.show)
        app.post("login", use: LoginController.submit)
        app.post("logout", use: LoginController.logout).requires(.viewOwnAccount)
        app.get("language", ":language", use: LanguageController.choose)
    }
    do { // pages: work and administration
        app.get("home", use: HomeController.show).requires(.viewHome)
        let admin = app.grouped("admin")
        admin.get("users", use: UsersPage.show).requires(.manageUsers)
        admin.post("users", use: UsersPage.create).requires(.manageUsers)
        admin.post("users", ":username", "disable", use: UsersPage.disable).requires(.manageUsers)
        admin.get("districts", use: DistrictsPage.show).requires(.manageDistricts)
        admin.post("districts", use: DistrictsPage.create).requires(.manageDistricts)
        admin.get("ledger", use: LedgerPages.showOfficial).requires(.viewLedger)
    }
    do { // registry: the enterprise database
        let enterprises = app.grouped("enterprises")
        enterprises.get(use: EnterprisePages.list).requires(.viewEnterprises)
        enterprises.get("import", use: ImportPage.enterprises.show).requires(.importEnterprises)
        enterprises.on(.POST, "import", body: .collect(maxSize: ByteCount(value: CSVFile.maxBytes)), use: ImportPage.enterprises.submit)
            .requires(.importEnterprises).acceptsBodies(upTo: CSVFile.maxBytes)
        app.get("calendar", use: CalendarPage.show).requires(.viewCalendar)
        let inspectors = app.grouped("inspectors")
        inspectors.get("import", use: ImportPage.inspectors.show).requires(.importInspectors)
        inspectors.on(.POST, "import", body: .collect(maxSize: ByteCount(value: CSVFile.maxBytes)), use: ImportPage.inspectors.submit)
            .requires(.importInspectors).acceptsBodies(upTo: CSVFile.maxBytes)
        enterprises.get("new", use: EnterpriseForm.new).requires(.manageEnterprises)
        enterprises.post(use: EnterpriseForm.create).requires(.manageEnterprises)
        enterprises.get(":id", use: EnterprisePages.detail).requires(.viewEnterprises)
        enterprises.get(":id", "edit", use: EnterpriseForm.edit).requires(.manageEnterprises)
        enterprises.post(":id", use: EnterpriseForm.update).requires(.manageEnterprises)
    }
    do { // ledger: a public page, and the log as C2SP tlog-tiles files
        app.get("ledger", use: LedgerPages.showPublic)
        let files = app.grouped("ledger")
        files.get("checkpoint", use: LedgerFilesController.checkpoint)
        files.get("tile", "entries", "**", use: LedgerFilesController.entryBundle).requires(.viewLedger)
        files.get("tile", ":level", "**", use: LedgerFilesController.tile)
    }
    do { // API
        let api = app.grouped("api", "v1")
        api.get("openapi.json", use: OpenAPIDocument.serve)
        api.post("auth", "token", use: AuthAPIController.issue)
        api.delete("auth", "token", use: AuthAPIController.revoke).requires(.viewOwnAccount)
        api.get("me", use: AuthAPIController.me).requires(.viewOwnAccount)
        api.get("users", use: AccountsAPIController.listUsers).requires(.viewUsers)
        api.post("users", use: AccountsAPIController.createUser).requires(.manageUsers)
        api.post("users", ":username", "disable", use: AccountsAPIController.disableUser).requires(.manageUsers)
        api.get("districts", use: AccountsAPIController.listDistricts).requires(.viewDistricts)
        api.post("districts", use: AccountsAPIController.createDistrict).requires(.manageDistricts)
        api.get("districts", ":code", "users", use: AccountsAPIController.districtUsers)
            .requires(.viewDistrictUsers, on: .district(parameter: "code"))
        let enterprises = api.grouped("enterprises")
        enterprises.get(use: EnterprisesAPIController.search).requires(.viewEnterprises)
        enterprises.post(use: EnterprisesAPIController.create).requires(.manageEnterprises)
        enterprises.get("export", use: EnterprisesAPIController.export).requires(.viewEnterprises)
        enterprises.on(.POST, "import", body: .collect(maxSize: ByteCount(value: CSVFile.maxBytes)), use: EnterprisesAPIController.importCSV)
            .requires(.importEnterprises).acceptsBodies(upTo: CSVFile.maxBytes)
        enterprises.get(":id", use: EnterprisesAPIController.show).requires(.viewEnterprises)
        api.on(.POST, "inspectors", "import", body: .collect(maxSize: ByteCount(value: CSVFile.maxBytes)), use: ImportEndpoint.inspectors.api)
            .requires(.importInspectors).acceptsBodies(upTo: CSVFile.maxBytes)
        enterprises.put(":id", use: EnterprisesAPIController.update).requires(.manageEnterprises)
        enterprises.get(":id", "history", use: EnterprisesAPIController.history).requires(.viewEnterprises)
        let calendar = api.grouped("calendar")
        calendar.get("years", use: CalendarAPIController.years).requires(.viewCalendar)
        calendar.get("years", ":year", use: CalendarAPIController.year).requires(.viewCalendar)
        calendar.post("years", use: CalendarAPIController.add).requires(.manageCalendar)
        calendar.get("add-working-days", use: CalendarAPIController.addWorkingDays).requires(.viewCalendar)
        let ledger = api.grouped("ledger")
        ledger.get("checkpoint", use: LedgerAPIController.checkpoint)
        ledger.get("public-key", use: LedgerAPIController.publicKey)
        ledger.get("proofs", "inclusion", use: LedgerAPIController.inclusion)
        ledger.get("proofs", "consistency", use: LedgerAPIController.consistency)
        ledger.get("entries", use: LedgerAPIController.entries).requires(.viewLedger)
    }
    do { // registry: product catalogue (LIC-1) and inspector database (RND-2)
        app.get("catalogue", use: CataloguePage.show).requires(.viewCatalogue)
        app.post("catalogue", "units", use: CataloguePage.addUnit).requires(.manageCatalogue)
        app.post("catalogue", "units", ":unit", use: CataloguePage.editUnit).requires(.manageCatalogue)
        app.post("catalogue", "categories", ":category", "simplified", use: CataloguePage.setSimplified).requires(.manageCatalogue)
        app.get("inspectors", use: InspectorsPage.showAll).requires(.viewAllInspectors)
        let district = app.grouped("districts", ":code", "inspectors")
        district.get(use: InspectorsPage.show).requires(.viewInspectors, on: .district(parameter: "code"))
        district.post(use: InspectorsPage.add).requires(.manageInspectors, on: .district(parameter: "code"))
        district.post(":inspector", use: InspectorsPage.update).requires(.manageInspectors, on: .district(parameter: "code"))

        let api = app.grouped("api", "v1")
        api.get("catalogue", use: CatalogueAPIController.show).requires(.viewCatalogue)
        api.get("catalogue", "units", ":unit", use: CatalogueAPIController.unit).requires(.viewCatalogue)
        api.post("catalogue", "units", use: CatalogueAPIController.addUnit).requires(.manageCatalogue)
        api.put("catalogue", "units", ":unit", use: CatalogueAPIController.editUnit).requires(.manageCatalogue)
        api.put("catalogue", "categories", ":category", "simplified", use: CatalogueAPIController.setSimplified)
            .requires(.manageCatalogue)
        api.get("inspectors", use: InspectorsAPIController.listAll).requires(.viewAllInspectors)
        let inspectors = api.grouped("districts", ":code", "inspectors")
        inspectors.get(use: InspectorsAPIController.list).requires(.viewInspectors, on: .district(parameter: "code"))
        inspectors.post(use: InspectorsAPIController.add).requires(.manageInspectors, on: .district(parameter: "code"))
        inspectors.put(":inspector", use: InspectorsAPIController.update).requires(.manageInspectors, on: .district(parameter: "code"))
    }
}
