import Foundation
import PermitCore
import Testing

@Suite("Generated enterprises for the demo and benchmarks")
struct EnterpriseGeneratorTests {
    static let districts = [
        District(code: DistrictCode(rawValue: "310000")!, name: "上海市市场监督管理局", level: .city),
        District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district),
        District(code: DistrictCode(rawValue: "310104")!, name: "徐汇区", level: .district),
    ]

    @Test("every generated row imports cleanly, codes are unique, and a seed gives the same rows")
    func valid() throws {
        var generator = EnterpriseGenerator(seed: 42, districts: Self.districts)
        var again = EnterpriseGenerator(seed: 42, districts: Self.districts)
        let table = generator.table(count: 500)

        let plan = try EnterpriseImport.plan(
            table: table, districts: Self.districts, registeredCodes: [], registeredLicenses: [],
            makeID: { EnterpriseID(rawValue: .init()) }
        )

        #expect(plan.problems.isEmpty, "\(plan.problems.prefix(3))")
        #expect(plan.accepted.count == 500)
        #expect(again.table(count: 500) == table)
        #expect(Set(plan.accepted.map(\.enterprise.registeredDistrict)) == [Self.districts[1].code, Self.districts[2].code])
        #expect(plan.accepted.filter { !$0.enterprise.licenses.isEmpty }.count > 250)
    }
}
