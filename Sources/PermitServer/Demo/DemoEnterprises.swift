import Foundation
import PermitCommands
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
        _ = try await EnterpriseCommands.importTable(generator.table(count: demoEnterpriseCount), skipInvalid: false, in: context(store, clock))
        _ = try await EnterpriseCommands.register(ownEnterprise, in: context(store, clock))
    }

    /// The enterprise the `demo.enterprise` account speaks for, with a licence.
    static let ownEnterpriseCode = "91310115MA1H7GKX3T"
    static let ownEnterprise = EnterpriseDraft(
        name: "上海示范电缆有限公司", creditCode: ownEnterpriseCode, registeredAddress: "上海市浦东新区张江路 100 号",
        registeredDistrict: "310115", productionAddress: "上海市浦东新区川沙路 200 号", productionDistrict: "310115",
        legalRepresentative: "周明", phone: "021-58880000", licenseNumber: "(沪)XK06-001-09901", licenseIssuedOn: "2022-06-01",
        licenseValidUntil: "2027-05-31", productScope: "电线电缆"
    )
}
