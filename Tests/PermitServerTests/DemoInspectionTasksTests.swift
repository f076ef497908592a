import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing

@Suite("Demo data — 双随机 by hand: 浦东's four linked inspectors, a dispatched plan with a failed, followed-up result")
struct DemoInspectionTasksTests {
    @Test("the seeded plan has a published failure with its follow-up, and a new plan of 浦东 still freezes after it (回避 leaves two inspectors)")
    func seeded() async throws {
        try await withTestStore { store in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = try await CatalogueCommands.installDefaults(in: store.operatorContext("catalogue-defaults"))
            let clock = SettableClock()
            _ = try await DemoData.seed(store: store, hasher: BcryptPasswordHasher(cost: 4), clock: clock, dataDirectory: folder)

            let linked = try await store.inspectionTasks.accounts(DemoData.demoTaskInspectors.map(\.0))
            #expect(linked.count == 4)
            let tasks = try await store.inspectionTasks.tasks(in: [DistrictCode(rawValue: "310115")!])
            let failed = tasks.filter { $0.report?.conclusion == .fail }
            #expect(!tasks.isEmpty && failed.count == 1)
            let followUps = try await store.inspectionFollowUps.followUps(of: try #require(failed.first).caseNumber)
            #expect(followUps.map(\.kind) == [.rectification] && followUps.first?.opened != nil)

            let city = try await DemoData.demoContext("city.admin", store: store, clock: clock)
            let next = try await InspectionPlanCommands.create(InspectionPlanDraft(
                title: "浦东新区下一轮抽查", year: CivilDate(clock.now()).year, districts: ["310115"], categories: [],
                checksEndOn: CivilDate(clock.now()).adding(days: 90).description
            ), in: city)
            let frozen = try await InspectionPlanCommands.freeze(next.identifier, sourceNames: ["开奖号码", "检查点根哈希"], in: city)
            #expect(frozen.frozen != nil)
        }
    }
}
