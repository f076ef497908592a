import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing

@Suite("Demo data — supervision: every district classified over all four classes, all three risk levels, this year's plans made (issue 19)")
struct DemoSupervisionTests {
    @Test("each district with four or more licensees has AA, A, B and C; risks Ⅰ, Ⅱ and Ⅲ occur; every plan has B once and C twice; proposals wait; the demo enterprise is left to classify")
    func classified() async throws {
        try await withTestStore { store in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let clock = SettableClock()
            // The server installs the default catalogue before it seeds.
            _ = try await CatalogueCommands.installDefaults(in: .system("catalogue-defaults", clock: clock, store: store))
            _ = try await DemoData.seed(store: store, hasher: BcryptPasswordHasher(cost: 4), clock: clock, dataDirectory: folder)

            let context = CommandContext.system("test", clock: clock, store: store)
            let year = CivilDate(clock.now()).year
            var risks: Set<ProductRiskLevel> = []
            for district in try await store.accounts.districts() where district.level == .district {
                let plan = try await SupervisionCommands.plan(year: year, district: district.code.rawValue, in: context)
                let classes = Set(plan.rows.compactMap(\.supervisionClass))
                risks.formUnion(plan.rows.compactMap(\.productRisk))
                #expect(!plan.rows.isEmpty, "\(district.name) has licensees")
                if plan.rows.count >= 4 { #expect(classes == Set(SupervisionClass.allCases), "\(district.name): \(classes)") }
                for row in plan.rows where row.mode == .normal { #expect(row.inspections == 1) }
                for row in plan.rows where row.mode == .strict { #expect(row.inspections == 2) }
            }
            #expect(risks == Set(ProductRiskLevel.allCases))
            let figures = try await SupervisionCommands.figures(year: year, in: context)
            #expect(figures.count == 16 && figures.reduce(0) { $0 + $1.proposals } >= 16)
            let own = try #require(try await store.enterprises.enterprise(creditCode: try UnifiedSocialCreditCode(validating: DemoData.ownEnterpriseCode)))
            #expect(try await SupervisionCommands.standing(of: own.id, in: context).standing.proposals.first?.proposedClasses == [.b])
            #expect(try await SupervisionCommands.aaList(in: context).count >= 16)
        }
    }
}
