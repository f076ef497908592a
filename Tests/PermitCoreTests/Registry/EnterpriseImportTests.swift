import Foundation
import PermitCore
import Testing

@Suite("Enterprise rules and import planning (RND-1)")
struct EnterpriseImportTests {
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let xuhui = District(code: DistrictCode(rawValue: "310104")!, name: "徐汇区", level: .district)
    static let header = ["企业名称", "统一社会信用代码", "注册地址", "注册地辖区", "生产地址", "生产地辖区", "法定代表人", "联系电话"]
    static func row(_ name: String, _ code: String, district: String = "浦东新区", phone: String = "021-58881234") -> [String] {
        [name, code, "上海市浦东新区张江路 1 号", district, "上海市徐汇区漕宝路 2 号", "310104", "张三", phone]
    }

    static func plan(_ table: [[String]], registered: Set<String> = []) throws -> EnterpriseImportPlan {
        var counter = 0
        return try EnterpriseImport.plan(
            table: table, districts: [pudong, xuhui], registeredCodes: registered, registeredLicenses: [],
            makeID: {
                counter += 1
                return EnterpriseID(rawValue: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", counter))!)
            }
        )
    }

    @Test("a valid row becomes an enterprise; district names and codes both work; the production district supervises")
    func validRow() throws {
        let plan = try Self.plan([Self.header, Self.row("上海精工电缆有限公司", "91310115MA1H7GKX3T")])

        let enterprise = try #require(plan.accepted.first?.enterprise)
        #expect(plan.problems.isEmpty)
        #expect(enterprise.registeredDistrict == Self.pudong.code)
        #expect(enterprise.supervisingDistricts == [Self.xuhui.code])
        #expect(enterprise.districts == [Self.pudong.code, Self.xuhui.code])
    }

    @Test("every bad row is named by its line with each reason, in Chinese")
    func badRows() throws {
        let plan = try Self.plan([
            Self.header,
            Self.row("上海精工电缆有限公司", "91310115MA1H7GKX3T"),
            Self.row("坏代码公司", "91310115MA1H7GKX3A"),
            Self.row("重复公司", "91310115MA1H7GKX3T"),
            Self.row("未知辖区公司", "91310000MA1FL1MMXL", district: "火星区", phone: "abc"),
            ["", "", "", "", "", "", "", ""],
            Self.row("已登记公司", "91310000MA1FL1MMXL"),
        ], registered: ["91310000MA1FL1MMXL"])

        #expect(plan.accepted.map(\.line) == [2])
        #expect(plan.problems.map(\.line) == [3, 4, 5, 7])
        let texts = plan.problems.map { $0.issues.map { $0.text(.zhHans) } }
        #expect(texts[0] == ["统一社会信用代码：校验码应为 T，实为 A（GB 32100）"])
        #expect(texts[1] == ["统一社会信用代码：与第 2 行重复"])
        #expect(texts[2].contains("联系电话：格式不正确"))
        #expect(texts[2].contains("注册地辖区：无效的取值：火星区"))
        #expect(texts[3] == ["统一社会信用代码：已登记，不能重复"])
    }

    @Test("a header in English, with a byte-order mark, works; a missing or unknown column refuses the file")
    func headers() throws {
        let english = ["\u{FEFF}name", "credit_code", "registeredAddress", "registered_district", "production_address",
                       "productionDistrict", "legal_representative", "phone"]
        #expect(try Self.plan([english, Self.row("上海精工电缆有限公司", "91310115MA1H7GKX3T")]).accepted.count == 1)
        #expect(throws: ImportFileError.missingColumns(["联系电话"])) { try Self.plan([Array(Self.header.dropLast())]) }
        #expect(throws: ImportFileError.unknownColumn("备注")) { try Self.plan([Self.header + ["备注"]]) }
        #expect(throws: ImportFileError.empty) { try Self.plan([]) }
    }

    @Test("an export imports again unchanged")
    func roundTrip() throws {
        let original = try #require(try Self.plan([Self.header, Self.row("上海精工电缆有限公司", "91310115MA1H7GKX3T")]).accepted.first)

        let table = EnterpriseImport.exportTable([original.enterprise], language: .zhHans)
        let again = try #require(try Self.plan(table).accepted.first)

        #expect(again.enterprise == original.enterprise)
    }

    @Test("several production sites: an export has a row per site and imports as one enterprise seen by every district")
    func severalSites() throws {
        var enterprise = try #require(try Self.plan([Self.header, Self.row("上海精工电缆有限公司", "91310115MA1H7GKX3T")]).accepted.first)
            .enterprise
        enterprise.productionSites.append(ProductionSite(address: "上海市浦东新区川沙路 9 号", district: Self.pudong.code))

        let table = EnterpriseImport.exportTable([enterprise], language: .zhHans)
        #expect(table.count == 3)
        let again = try Self.plan(table)
        #expect(again.problems.isEmpty)
        #expect(again.accepted.map(\.enterprise) == [enterprise])
        #expect(enterprise.supervisingDistricts == [Self.pudong.code, Self.xuhui.code])

        // A row of the same code that differs in more than its site is a duplicate.
        var other = table[2]
        other[7] = "13812345678"
        let conflicting = try Self.plan([table[0], table[1], other])
        #expect(conflicting.accepted.map(\.enterprise.productionSites.count) == [1])
        #expect(conflicting.problems.map { $0.issues.map { $0.text(.zhHans) } } == [["统一社会信用代码：与第 2 行重复"]])
    }

    @Test("further production sites are checked like the first and named by their number")
    func furtherSites() throws {
        var draft = EnterpriseDraft(
            name: "上海精工电缆有限公司", creditCode: "91310115MA1H7GKX3T", registeredAddress: "上海市浦东新区张江路 1 号",
            registeredDistrict: "310115", productionAddress: "上海市徐汇区漕宝路 2 号", productionDistrict: "310104",
            legalRepresentative: "张三", phone: "021-58881234",
            otherProductionSites: [ProductionSiteDraft(address: " 上海市浦东新区川沙路 9 号 ", district: "310115")]
        )
        let id = EnterpriseID(rawValue: UUID())
        let enterprise = try EnterpriseRules.validate(draft, id: id)
        #expect(enterprise.productionSites.map(\.address) == ["上海市徐汇区漕宝路 2 号", "上海市浦东新区川沙路 9 号"])
        #expect(EnterpriseDraft(editing: enterprise).otherProductionSites == [ProductionSiteDraft(address: "上海市浦东新区川沙路 9 号", district: "310115")])

        draft.otherProductionSites = [
            ProductionSiteDraft(address: "", district: "浦东"), ProductionSiteDraft(address: "上海市徐汇区漕宝路 2 号", district: "310104"),
        ]
        #expect(throws: InvalidInput([
            FieldIssue(field: "otherProductionSites[0].address", problem: .missing),
            FieldIssue(field: "otherProductionSites[0].district", problem: .invalidFormat),
            FieldIssue(field: "otherProductionSites[1].address", problem: .duplicate(line: nil)),
        ])) { try EnterpriseRules.validate(draft, id: id) }
        #expect(FieldIssue(field: "otherProductionSites[0].district", problem: .invalidFormat).text(.zhHans) == "生产地辖区 2：格式不正确")
        #expect(FieldIssue(field: "otherProductionSites[4].address", problem: .missing).text(.en) == "Production address 6 is required")
        #expect(FieldIssue(field: "otherProductionSites[0].phone", problem: .missing).text(.zhHans) == "otherProductionSites[0].phone：必填")
        #expect(FieldIssue(field: "creditCode", problem: .missing, line: 4).text(.zhHans) == "第 4 行：统一社会信用代码：必填")
        #expect(FieldIssue(field: "creditCode", problem: .missing, line: 4).path == "line 4: creditCode")
        #expect(FieldIssue(field: "creditCode", problem: .missing).text(.en) == "Unified social credit code is required")
    }

    @Test("a licence, once numbered, needs dates in order and a scope")
    func license() throws {
        let header = Self.header + ["许可证编号", "发证日期", "有效期至", "产品范围"]
        let good = Self.row("甲公司", "91310115MA1H7GKX3T") + ["(沪)XK06-001-00123", "2024-03-01", "2029-02-28", "电线电缆"]
        let bad = Self.row("乙公司", "91310000MA1FL1MMXL") + ["XK?", "2029-03-01", "2024-02-28", ""]

        let plan = try Self.plan([header, good, bad])

        #expect(plan.accepted.first?.enterprise.licenses.first?.number == "(沪)XK06-001-00123")
        #expect(plan.problems.first?.issues.map(\.field) == ["licenseNumber", "licenseValidUntil", "productScope"])
    }
}
