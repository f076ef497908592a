import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing

@Suite("Demo data — serve --demo seeds a realistic, ledgered set once")
struct DemoDataTests {
    @Test("districts, accounts and a few hundred enterprises in every district; a second start adds nothing")
    func seedsOnce() async throws {
        try await withTestStore { store in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let hasher = BcryptPasswordHasher(cost: 4)

            // As the server does before it seeds the demo.
            _ = try await CatalogueCommands.installDefaults(in: store.operatorContext("catalogue-defaults"))
            let report = try await DemoData.seed(store: store, hasher: hasher, clock: SettableClock(), dataDirectory: folder)
            let size = try await store.ledger.size()
            _ = try await DemoData.seed(store: store, hasher: hasher, clock: SettableClock(), dataDirectory: folder)

            #expect(report.contains("city.admin"))
            #expect(try await store.accounts.districts().count == 17)
            // The generated ones and the one the demo enterprise account speaks for.
            #expect(try await store.enterprises.count() == DemoData.demoEnterpriseCount + 1)
            let shifan = try #require(try await store.accounts.user(named: Username(rawValue: "demo.enterprise")!))
            #expect(try await store.enterprises.enterprise(creditCode: #require(shifan.organisation))?.licenses.count == 1)
            for district in try await store.accounts.districts() where district.level == .district {
                #expect(try await !store.enterprises.search(.init(district: district.code, limit: 1)).isEmpty, "\(district.name)")
            }
            // The grant's on-site review waits for the review agency, and the
            // demo's reviewer works for it.
            let reviewer = try #require(try await store.accounts.user(named: Username(rawValue: "review.agency")!))
            let reviews = try await store.cases.active(in: .everything, closedSince: .distantPast)
                .filter { $0.process == ProcessDefinition.licenseOnSiteReview.id && $0.team.isEmpty }
            #expect(reviews.count == 1)
            #expect(reviews.allSatisfy { CaseAccess.of(reviewer, on: $0) == .act })
            #expect(try await store.ledger.size() == size)
            #expect(try await store.ledger.check().entries == size)
        }
    }
}
