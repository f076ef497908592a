import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("Product catalogue categories — added and renamed, codes kept (LIC-1)")
struct CatalogueCategoryRulesTests {
    static let actor = ActorReference.system("test")

    static func draft(code: String = "31-001", name: String = "电动自行车", level: String = "provincial") -> ProductCategoryDraft {
        ProductCategoryDraft(code: code, name: name, issuingLevel: level, simplifiedProcedure: true)
    }

    @Test("validation names every wrong field")
    func validation() {
        #expect(throws: InvalidInput([
            FieldIssue(field: "code", problem: .invalidFormat), FieldIssue(field: "name", problem: .missing),
            FieldIssue(field: "issuingLevel", problem: .unknownValue("county")),
        ])) { try CatalogueRules.validate(Self.draft(code: "31-1", name: " ", level: "county")) }
        #expect(throws: Never.self) { try CatalogueRules.validate(Self.draft()) }
    }

    @Test("a new category needs a free code and a free name; the event records the new revision")
    func add() throws {
        let catalogue = DefaultCatalogue.catalogue
        let category = try CatalogueRules.validate(Self.draft())
        let (added, event) = try CatalogueRules.addCategory(category, to: catalogue, version: 2, by: Self.actor, at: .t0)
        #expect(added == category)
        #expect(event.kind == .catalogueCategoryAdded && event.subject.id == "31-001@2" && event.fields["name"] == "电动自行车")
        let takenCode = try CatalogueRules.validate(Self.draft(code: "06-001"))
        #expect(throws: CatalogueError.categoryCodeTaken(takenCode.code)) {
            try CatalogueRules.addCategory(takenCode, to: catalogue, version: 2, by: Self.actor, at: .t0)
        }
        let takenName = try CatalogueRules.validate(Self.draft(name: "电线电缆"))
        #expect(throws: CatalogueError.categoryNameTaken("电线电缆")) {
            try CatalogueRules.addCategory(takenName, to: catalogue, version: 2, by: Self.actor, at: .t0)
        }
    }

    @Test("a rename keeps the code; an unknown code, a taken name or no change is refused")
    func edit() throws {
        let catalogue = DefaultCatalogue.catalogue
        let cables = try #require(catalogue.category(ProductCategoryCode(rawValue: "06-001")!))
        var renamed = cables
        renamed.name = "电线电缆产品"
        let (edited, event) = try CatalogueRules.editCategory(renamed, in: catalogue, version: 5, by: Self.actor, at: .t0)
        #expect(edited.code == cables.code && event.kind == .catalogueCategoryEdited && event.subject.id == "06-001@5")
        #expect(throws: CatalogueError.unchanged) { try CatalogueRules.editCategory(cables, in: catalogue, version: 5, by: Self.actor, at: .t0) }
        var clash = cables
        clash.name = "化肥"
        #expect(throws: CatalogueError.categoryNameTaken("化肥")) {
            try CatalogueRules.editCategory(clash, in: catalogue, version: 5, by: Self.actor, at: .t0)
        }
        let unknown = try CatalogueRules.validate(Self.draft())
        #expect(throws: CatalogueError.unknownCategory(unknown.code)) {
            try CatalogueRules.editCategory(unknown, in: catalogue, version: 5, by: Self.actor, at: .t0)
        }
    }
}
