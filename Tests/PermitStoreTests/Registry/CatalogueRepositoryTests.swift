import Foundation
import PermitCommands
import PermitCore
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("CatalogueRepository — versioned, ledgered product catalogue")
struct CatalogueRepositoryTests {
    static let actor = ActorReference.system("test")
    static let cables = ProductCategoryCode(rawValue: "06-001")!

    static func unit(_ name: String, risk: String = "II") throws -> ProductUnitDraft {
        ProductUnitDraft(category: "06-001", name: name, implementationRules: "电线电缆产品生产许可证实施细则", riskLevel: risk)
    }

    @Test("the defaults go in once, as version 1, each revision with its entry")
    func installDefaults() async throws {
        try await withTestStore { store in
            #expect(try await store.catalogue.currentVersion() == 0)

            #expect(try await CatalogueCommands.installDefaults(in: store.operatorContext()))
            #expect(try await !CatalogueCommands.installDefaults(in: store.operatorContext()))

            let catalogue = try await store.catalogue.catalogue()
            #expect(catalogue == ProductCatalogue(version: 1, categories: DefaultCatalogue.catalogue.categories, units: DefaultCatalogue.catalogue.units))
            let expectedEntries = DefaultCatalogue.catalogue.categories.count + DefaultCatalogue.catalogue.units.count
            #expect(try await store.events.count() == expectedEntries)
            #expect(try await store.ledger.check().coveredRows == expectedEntries)
        }
    }

    @Test("each edit makes a new version and past versions still read as they were")
    func versions() async throws {
        try await withTestStore { store in
            try await CatalogueCommands.installDefaults(in: store.operatorContext())

            let added = try await CatalogueCommands.addUnit(try Self.unit("控制电缆"), in: store.operatorContext())
            let edited = try await CatalogueCommands.editUnit(added.value.id, with: try Self.unit("控制电缆", risk: "I"), in: store.operatorContext())
            let toggled = try await CatalogueCommands.setSimplified(false, for: Self.cables, in: store.operatorContext())

            #expect([added.version, edited.version, toggled.version] == [2, 3, 4] as [Int])
            #expect(try await store.catalogue.currentVersion() == 4)
            #expect(try await store.catalogue.unit(added.value.id, at: 2).riskLevel == .higher)
            #expect(try await store.catalogue.unit(added.value.id).riskLevel == .high)
            await #expect(throws: CatalogueError.unknownUnit(added.value.id)) { try await store.catalogue.unit(added.value.id, at: 1) }
            #expect(try await store.catalogue.catalogue(at: 3).category(Self.cables)?.simplifiedProcedure == true)
            #expect(try await store.catalogue.catalogue().category(Self.cables)?.simplifiedProcedure == false)
            _ = try await store.ledger.check()
        }
    }

    @Test("a refused edit takes no version and writes nothing")
    func refusal() async throws {
        try await withTestStore { store in
            try await CatalogueCommands.installDefaults(in: store.operatorContext())
            let before = try await store.events.count()

            await #expect(throws: CatalogueError.unitNameTaken("电力电缆", in: Self.cables)) {
                try await CatalogueCommands.addUnit(try Self.unit("电力电缆"), in: store.operatorContext())
            }
            let next = try await CatalogueCommands.addUnit(try Self.unit("控制电缆"), in: store.operatorContext())

            #expect(next.version == 2)
            #expect(try await store.events.count() == before + 1)
        }
    }

    @Test("concurrent edits each get their own version")
    func concurrentEdits() async throws {
        try await withTestStore { store in
            try await CatalogueCommands.installDefaults(in: store.operatorContext())
            let versions = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<6 {
                    group.addTask { try await CatalogueCommands.addUnit(try Self.unit("单元\(index)"), in: store.operatorContext()).version }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(versions.sorted() == Array(2...7) as [Int])
            _ = try await store.ledger.check()
        }
    }

    @Test("a past revision changed behind the write path is caught by fsck")
    func tampering() async throws {
        try await withTestStore { store in
            try await CatalogueCommands.installDefaults(in: store.operatorContext())
            try await store.sql().update("catalogue_unit_revisions").set("risk_level", to: "III").where("name", .equal, "电力电缆").run()

            await #expect(throws: LedgerDivergence.self) { try await store.ledger.check() }
        }
    }
}
