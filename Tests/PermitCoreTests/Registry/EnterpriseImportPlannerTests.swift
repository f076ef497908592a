import Foundation
import PermitCore
import Testing

/// The planner makes the same plan a part at a time as in one go, and hands
/// an enterprise back only once no later row can add to it, so a write can
/// start before the whole file is planned.
@Suite("Enterprise import planned in parts (RND-1)")
struct EnterpriseImportPlannerTests {
    static let districts = [EnterpriseImportTests.pudong, EnterpriseImportTests.xuhui]

    /// 12 generated rows with a bad one at line 6 and, at the end, a second
    /// production site of the enterprise on line 2.
    static func table() -> [[String]] {
        var generator = EnterpriseGenerator(seed: 3, districts: districts)
        var table = generator.table(count: 12)
        table[5][7] = "电话"
        var secondSite = table[1]
        secondSite[4] = "上海市浦东新区川沙路 9 号"
        secondSite[5] = "310115"
        table.append(secondSite)
        return table
    }

    static func counter() -> () -> EnterpriseID {
        var count = 0
        return {
            count += 1
            return EnterpriseID(rawValue: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", count))!)
        }
    }

    static func planner() throws -> EnterpriseImportPlanner {
        try EnterpriseImportPlanner(table: table(), districts: districts, registeredCodes: [], registeredLicenses: [])
    }

    @Test("parts of 1, 2, 5 and 13 rows give the plan of the whole file, and hand back every accepted enterprise in its order")
    func samePlan() throws {
        let whole = try EnterpriseImport.plan(
            table: Self.table(), districts: Self.districts, registeredCodes: [], registeredLicenses: [], makeID: Self.counter()
        )
        #expect(whole.accepted.count == 11 && whole.problems.map(\.line) == [6])
        #expect(whole.accepted[0].enterprise.productionSites.count == 2)
        for size in [1, 2, 5, 13] {
            var planner = try Self.planner()
            let makeID = Self.counter()
            var handedBack: [Enterprise] = []
            while planner.plannedRows < planner.rowCount { handedBack += planner.plan(rows: size, makeID: makeID) }
            #expect(planner.plan.accepted.map(\.enterprise) == whole.accepted.map(\.enterprise), "parts of \(size)")
            #expect(planner.plan.problems == whole.problems)
            #expect(handedBack == whole.accepted.map(\.enterprise), "parts of \(size)")
        }
    }

    @Test("an enterprise with a later row is held back until that row is planned, and those after it with it")
    func heldBack() throws {
        var planner = try Self.planner()
        let makeID = Self.counter()

        let first = planner.plan(rows: 4, makeID: makeID)
        #expect(first.isEmpty)
        #expect(planner.plan.accepted.count == 4)
        _ = planner.plan(rows: 8, makeID: makeID)
        let last = planner.plan(rows: 4, makeID: makeID)

        #expect(last.count == 11)
        #expect(last[0].productionSites.count == 2)
        #expect(planner.plannedRows == planner.rowCount)
        #expect(planner.plan(rows: 4, makeID: makeID).isEmpty)
    }
}
