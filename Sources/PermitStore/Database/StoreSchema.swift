import Fluent

/// A capability's part of the database: the migrations that make its
/// tables, in order, the ledger-covered record types among them, and the
/// tables it keeps outside the ledger with the reason. `Store.schemas` is
/// the one list of them; the migrations and fsck's coverage both come from
/// it, and a test fails on a table that is in neither list.
struct StoreSchema: Sendable {
    let migrations: [any Migration]
    let covered: [any LedgerCovered.Type]
    /// Table name → why the ledger does not vouch for its rows.
    let uncovered: [String: String]

    init(migrations: [any Migration], covered: [any LedgerCovered.Type], uncovered: [String: String] = [:]) {
        self.migrations = migrations
        self.covered = covered
        self.uncovered = uncovered
    }
}

extension Store {
    /// Every capability's schema, in the order their migrations run.
    static let schemas: [StoreSchema] = [.ledger, .accounts, .registry, .agencies, .cases, .evidence, .disclosure, .licensing, .credit, .inspection, .supervision, .oversight, .inspectionTasks, .inspectionFollowUps]

    static var migrations: [any Migration] { schemas.flatMap(\.migrations) }
}

extension StoreSchema {
    static let ledger = StoreSchema(
        migrations: [CreateLedger(), StoreLedgerTiles(), AppendLedgerEntriesInOneStatement(), BundleLedgerEntries(), DropOneStatementAppend(),
            UnbundleLedgerEntries(),
        ],
        covered: [],
        uncovered: [
            "ledger_entries": "the ledger itself", "ledger_head": "the ledger itself", "ledger_tiles": "the ledger itself",
            "ledger_checkpoints": "the ledger itself", "_fluent_migrations": "Fluent's record of the schema",
        ]
    )

    static let accounts = StoreSchema(
        migrations: [CreateDistrict(), CreateUser(), CreateSession(), AddAccountColumns()],
        covered: [DistrictRecord.self, UserRecord.self],
        uncovered: ["sessions": "sign-ins come and go; they are no record of the bureau's"]
    )

    static let registry = StoreSchema(
        migrations: [CreateRegistryBasics(), CreateEnterprises(), CreateCatalogue(), CreateInspector(), CreateEnterpriseNotices(), AddUnitTestItems()],
        covered: [
            CalendarYearRecord.self, EnterpriseRecord.self, CategoryRevisionRecord.self, UnitRevisionRecord.self, InspectorRecord.self,
        ],
        uncovered: [
            "enterprise_districts": "part of an enterprise: its entry's fields cover it",
            "enterprise_licenses": "part of an enterprise: its entry's fields cover it",
            "enterprise_notices": "restates ledgered changes for the districts to be told",
            "number_counters": "the next free numbers; every number used is in the entry that used it",
        ]
    )

    static let agencies = StoreSchema(migrations: [CreateTestingAgencies()], covered: [TestingAgencyRow.self])

    static let cases = StoreSchema(
        migrations: [CreateCases(), CreateCaseAlerts(), AddRecordEvidence(), AddRecordTextForm()],
        covered: [CaseRow.self, CaseNodeRow.self, CaseRecordRow.self, ProcessVersionRow.self, CaseAlertRow.self]
    )
}
