import Foundation
import PermitCore
import PermitStore

extension DemoData {
    /// Enough enterprises to make lists, search and district filters mean
    /// something, spread over the 16 district bureaus; the same ones on
    /// every machine. Seeded once, through the ordinary import.
    static let demoEnterpriseCount = 320

    static func seedEnterprises(store: Store, clock: any WallClock) async throws {
        guard try await store.enterprises.count() == 0 else { return }
        var generator = EnterpriseGenerator(seed: 20_261_123, districts: try await store.accounts.districts())
        _ = try await store.enterprises.importTable(
            generator.table(count: demoEnterpriseCount), skipInvalid: false, by: .system("demo-seed"), at: clock.now()
        )
    }
}
