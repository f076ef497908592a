import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("Product catalogue — 产品目录 (LIC-1)")
struct CatalogueRulesTests {
    static let actor = ActorReference.system("test")
    static let cables = ProductCategoryCode(rawValue: "06-001")!

    static func draft(
        category: String = "06-001", name: String = "控制电缆", rules: String = "电线电缆产品生产许可证实施细则", risk: String = "II",
        items: [String] = []
    ) -> ProductUnitDraft {
        ProductUnitDraft(category: category, name: name, implementationRules: rules, riskLevel: risk, testItems: items)
    }

    @Test("the defaults hold the 17 simplified categories of seeds 000 and 003 and the three excluded ones")
    func defaults() {
        let catalogue = DefaultCatalogue.catalogue
        let simplified = Set(catalogue.categories.filter(\.simplifiedProcedure).map(\.name))
        #expect(simplified == [
            "特种劳动防护用品", "电线电缆", "耐火材料", "建筑钢管脚手架扣件", "建筑防水卷材", "危险化学品包装物容器", "机动车辆制动液",
            "人造板", "化肥", "砂轮", "饲料粉碎机械", "建筑卷扬机", "钢丝绳", "轻小型起重运输设备", "预应力混凝土用钢材",
            "预应力混凝土枕", "救生设备",
        ])
        #expect(Set(catalogue.categories.filter { !$0.simplifiedProcedure }.map(\.name)) == ["危险化学品", "食品相关产品", "水泥"])
        #expect(Set(catalogue.categories.map(\.code)).count == 20)
        for category in catalogue.categories {
            #expect(!catalogue.units(in: category.code).isEmpty, "\(category.name) has no unit")
        }
        #expect(Set(catalogue.units.map(\.id)).count == catalogue.units.count)
    }

    @Test("a category code reads and writes NN-NNN and makes the licence number")
    func categoryCode() throws {
        let code = try #require(ProductCategoryCode(rawValue: "06-001"))
        #expect(code.industryCode == 6 && code.productCode == 1)
        #expect(ProductCategoryCode(industryCode: 13, productCode: 10)?.rawValue == "13-010")
        for bad in ["6-001", "06-01", "06001", "0a-001", "06-001-", ""] {
            #expect(ProductCategoryCode(rawValue: bad) == nil, "\(bad)")
        }
        let number = try code.licenseNumber(province: ProvinceAbbreviation("沪"), serial: 25)
        #expect(number.description == "(沪)XK06-001-00025")
    }

    @Test("validation names every wrong field")
    func validation() {
        #expect(throws: InvalidInput([
            FieldIssue(field: "category", problem: .invalidFormat),
            FieldIssue(field: "name", problem: .missing),
            FieldIssue(field: "implementationRules", problem: .tooLong(maximum: 120)),
            FieldIssue(field: "riskLevel", problem: .unknownValue("IV")),
        ])) {
            try CatalogueRules.validate(Self.draft(category: "6-1", name: "  ", rules: String(repeating: "细", count: 121), risk: "IV"))
        }
    }

    @Test("test items (LIC-3): trimmed, blanks dropped, each a line of its own, none twice; in the ledger only when listed")
    func testItems() throws {
        let valid = try CatalogueRules.validate(Self.draft(items: [" 结构尺寸 ", "", "导体直流电阻"]))
        #expect(valid.testItems == ["结构尺寸", "导体直流电阻"])
        #expect(throws: InvalidInput([
            FieldIssue(field: "testItems[1]", problem: .invalidFormat),
            FieldIssue(field: "testItems[2]", problem: .duplicate(line: nil)),
            FieldIssue(field: "testItems[3]", problem: .tooLong(maximum: 60)),
        ])) {
            try CatalogueRules.validate(Self.draft(items: ["电压试验", "局部\n放电", "电压试验", String(repeating: "项", count: 61)]))
        }
        let id = ProductUnitID(rawValue: UUID())
        let (unit, event) = try CatalogueRules.addUnit(valid, id: id, to: DefaultCatalogue.catalogue, version: 2, by: Self.actor, at: .t0)
        #expect(unit.testItems == ["结构尺寸", "导体直流电阻"])
        #expect(event.fields["testItems"] == "结构尺寸\n导体直流电阻")
        let bare = try CatalogueRules.addUnit(try CatalogueRules.validate(Self.draft()), id: id, to: DefaultCatalogue.catalogue, version: 2, by: Self.actor, at: .t0)
        #expect(bare.1.fields["testItems"] == nil)
    }

    @Test("adding a unit checks the category and the name within it")
    func addUnit() throws {
        let catalogue = DefaultCatalogue.catalogue
        let id = ProductUnitID(rawValue: UUID())
        let (unit, event) = try CatalogueRules.addUnit(
            try CatalogueRules.validate(Self.draft()), id: id, to: catalogue, version: 2, by: Self.actor, at: .t0
        )
        #expect(unit.category == Self.cables && unit.riskLevel == .higher)
        #expect(event.kind == .catalogueUnitAdded)
        #expect(event.subject == .init(kind: "catalogue_unit", id: "\(id)@2"))
        #expect(event.fields["version"] == "2")

        #expect(throws: CatalogueError.unitNameTaken("电力电缆", in: Self.cables)) {
            try CatalogueRules.addUnit(try CatalogueRules.validate(Self.draft(name: "电力电缆")), id: id, to: catalogue, version: 2, by: Self.actor, at: .t0)
        }
        #expect(throws: CatalogueError.unknownCategory(ProductCategoryCode(rawValue: "99-999")!)) {
            try CatalogueRules.addUnit(try CatalogueRules.validate(Self.draft(category: "99-999")), id: id, to: catalogue, version: 2, by: Self.actor, at: .t0)
        }
    }

    @Test("an edit that changes nothing is refused, so no empty version is made")
    func unchangedEdit() throws {
        let catalogue = DefaultCatalogue.catalogue
        let unit = try #require(catalogue.units(in: Self.cables).first)
        let same = try CatalogueRules.validate(
            Self.draft(name: unit.name, rules: unit.implementationRules, risk: unit.riskLevel.rawValue, items: unit.testItems)
        )
        #expect(throws: CatalogueError.unchanged) {
            try CatalogueRules.editUnit(unit.id, to: same, in: catalogue, version: 2, by: Self.actor, at: .t0)
        }
        #expect(throws: CatalogueError.unchanged) {
            try CatalogueRules.setSimplified(true, for: Self.cables, in: catalogue, version: 2, by: Self.actor, at: .t0)
        }
    }

    @Test("every past version is rebuilt from the revisions")
    func history() throws {
        let defaults = DefaultCatalogue.catalogue
        var revisions = defaults.categories.map { CatalogueRevision.category($0, version: 1) } + defaults.units.map { CatalogueRevision.unit($0, version: 1) }
        let unit = try #require(defaults.units(in: Self.cables).first)
        let (edited, _) = try CatalogueRules.editUnit(
            unit.id, to: try CatalogueRules.validate(Self.draft(name: unit.name, rules: "新版细则", risk: "I")), in: defaults, version: 2,
            by: Self.actor, at: .t0
        )
        revisions.append(.unit(edited, version: 2))
        let (category, _) = try CatalogueRules.setSimplified(false, for: Self.cables, in: defaults, version: 3, by: Self.actor, at: .t0)
        revisions.append(.category(category, version: 3))

        let history = CatalogueHistory(revisions.reversed())

        #expect(history.currentVersion == 3)
        #expect(try history.catalogue(at: 1).unit(unit.id) == unit)
        #expect(try history.catalogue(at: 2).unit(unit.id)?.implementationRules == "新版细则")
        #expect(try history.catalogue(at: 2).category(Self.cables)?.simplifiedProcedure == true)
        #expect(history.current.category(Self.cables)?.simplifiedProcedure == false)
        #expect(throws: CatalogueError.unknownVersion(4)) { try history.catalogue(at: 4) }
        #expect(throws: CatalogueError.unknownVersion(0)) { try history.catalogue(at: 0) }
        #expect(CatalogueHistory([]).currentVersion == 0)
    }
}
