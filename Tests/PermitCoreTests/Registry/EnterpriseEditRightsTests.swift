import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("EnterpriseEditRights — each district keeps its own part of an enterprise (SUP-11)")
struct EnterpriseEditRightsTests {
    static let baoshan = DistrictCode(rawValue: "310113")!
    static let pudong = DistrictCode(rawValue: "310115")!
    static let xuhui = DistrictCode(rawValue: "310104")!

    /// Registered in 宝山, producing in 浦东.
    static let enterprise = Enterprise(
        id: EnterpriseID(rawValue: UUID()), name: "上海精工电缆有限公司",
        creditCode: try! UnifiedSocialCreditCode(validating: "91310115MA1H7GKX3T"), registeredAddress: "上海市宝山区友谊路1号",
        registeredDistrict: baoshan, productionSites: [ProductionSite(address: "上海市浦东新区张江路2号", district: pudong)],
        legalRepresentative: "张三", phone: "13812345678"
    )

    @Test("registration fields belong to the registration district", arguments: [
        \Enterprise.legalRepresentative, \Enterprise.name, \Enterprise.registeredAddress,
    ] as [WritableKeyPath<Enterprise, String>])
    func registration(field: WritableKeyPath<Enterprise, String>) {
        var changed = Self.enterprise
        changed[keyPath: field] += "X"
        #expect(EnterpriseEditRights.changedParts(from: Self.enterprise, to: changed) == [.registration])
        #expect(EnterpriseEditRights.keeper(of: .registration, in: Self.enterprise) == Self.baoshan)
    }

    @Test("moving the registered district is a registration change, kept by the district it leaves")
    func move() {
        var moved = Self.enterprise
        moved.registeredDistrict = Self.xuhui
        #expect(EnterpriseEditRights.changedParts(from: Self.enterprise, to: moved) == [.registration])
    }

    @Test("a production site belongs to its district; adding one elsewhere is that district's")
    func sites() {
        var edited = Self.enterprise
        edited.productionSites[0].address = "上海市浦东新区张江路3号"
        edited.productionSites.append(ProductionSite(address: "上海市徐汇区漕宝路1号", district: Self.xuhui))
        #expect(EnterpriseEditRights.changedParts(from: Self.enterprise, to: edited) == [.productionSites(Self.xuhui), .productionSites(Self.pudong)])
    }

    @Test("the phone is anyone's who sees it; nothing changed is no part")
    func contact() {
        var edited = Self.enterprise
        edited.phone = "021-58881234"
        #expect(EnterpriseEditRights.changedParts(from: Self.enterprise, to: edited).isEmpty)
        #expect(EnterpriseEditRights.changedParts(from: Self.enterprise, to: Self.enterprise).isEmpty)
    }

    @Test("every district that sees the enterprise but the editor's is told; no change, no notice")
    func notices() {
        var edited = Self.enterprise
        edited.productionSites[0].address = "上海市浦东新区张江路3号"
        let notices = EnterpriseNotice.notices(from: Self.enterprise, to: edited, editorDistrict: Self.pudong, by: .system("t"), at: .t0)
        #expect(notices.map(\.district) == [Self.baoshan])
        #expect(notices.first?.parts == [.productionSites(Self.pudong)])
        #expect(EnterpriseNotice.notices(from: Self.enterprise, to: Self.enterprise, editorDistrict: nil, by: .system("t"), at: .t0).isEmpty)
        #expect(EnterpriseEditRights.Part(code: EnterpriseEditRights.Part.productionSites(Self.pudong).code) == .productionSites(Self.pudong))
    }
}
