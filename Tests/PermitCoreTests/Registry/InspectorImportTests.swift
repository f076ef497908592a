import Foundation
import PermitCore
import Testing

@Suite("Inspector import planning (RND-2)")
struct InspectorImportTests {
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let header = ["辖区", "姓名", "所在单位", "职务", "联系电话", "执法证号", "在岗", "回避企业"]

    static func plan(_ rows: [[String]], registered: Set<String> = []) throws -> InspectorImportPlan {
        try InspectorImport.plan(table: [header] + rows, districts: [pudong], registeredCertificates: registered)
    }

    @Test("good rows are accepted with their district; bad ones are named by line and field")
    func rows() throws {
        let plan = try Self.plan([
            ["浦东新区", "张伟", "浦东新区市场监督管理局", "科长", "13812345678", "SH-31011500001", "是", "91310115MA1H7GKX3T"],
            ["火星区", "李娜", "浦东新区市场监督管理局", "科员", "abc", "SH-31011500002", "", ""],
            ["310115", "王强", "浦东新区市场监督管理局", "科员", "13812345679", "sh-31011500001", "否", ""],
        ])

        #expect(plan.accepted.map(\.line) == [2])
        #expect(plan.accepted.first?.inspector.conflicts.map(\.rawValue) == ["91310115MA1H7GKX3T"])
        #expect(plan.problems.map(\.line) == [3, 4])
        #expect(plan.problems[0].issues.map(\.field) == ["district", "phone"])
        #expect(plan.problems[1].text(.zhHans) == "第 4 行：执法证号：与第 2 行重复")
    }

    @Test("an 在岗 cell that is neither yes nor no is refused, not taken as yes")
    func unknownActive() throws {
        let plan = try Self.plan([
            ["浦东新区", "张伟", "浦东新区市场监督管理局", "科长", "13812345678", "SH-31011500001", "也许", ""],
            ["浦东新区", "李娜", "浦东新区市场监督管理局", "科员", "13812345679", "SH-31011500002", "在岗", ""],
        ])
        #expect(plan.accepted.map(\.line) == [3])
        #expect(plan.problems.first?.text(.zhHans) == "第 2 行：在岗：无效的取值：也许")
    }

    @Test("an export imports again unchanged")
    func roundTrip() throws {
        let plan = try Self.plan([["浦东新区", "张伟", "浦东新区局", "科长", "13812345678", "SH-0001", "否", ""]])
        let valid = try #require(plan.accepted.first)
        let inspector = Inspector(
            id: .init(rawValue: .init()), district: valid.district, name: valid.inspector.name, unit: valid.inspector.unit,
            position: valid.inspector.position, phone: valid.inspector.phone, certificateNumber: valid.inspector.certificateNumber,
            isActive: valid.inspector.isActive, conflicts: valid.inspector.conflicts
        )

        let again = try InspectorImport.plan(
            table: InspectorImport.exportTable([inspector], language: .zhHans), districts: [Self.pudong], registeredCertificates: []
        )

        #expect(again.accepted.first?.inspector == valid.inspector)
        #expect(again.accepted.first?.inspector.isActive == false)
    }
}
