import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("AccessPolicy — who may do what where (X-2)")
struct AccessPolicyTests {
    static let pudong = DistrictCode(rawValue: "310115")!
    static let xuhui = DistrictCode(rawValue: "310104")!

    static func actor(_ role: Role, district: DistrictCode? = nil, active: Bool = true) -> Actor {
        .user(User(
            id: UserID(rawValue: UUID()), username: Username(rawValue: "u-\(role.rawValue)")!, displayName: "x",
            role: role, district: district, isActive: active, createdAt: .t0
        ))
    }

    @Test("the anonymous public is refused every action", arguments: Action.allCases)
    func anonymous(action: Action) {
        #expect(AccessPolicy.decide(.anonymous, action, on: .installation) == .deny(.notSignedIn))
    }

    @Test("the installation's operator (command line, demo seed) is allowed every action anywhere", arguments: Action.allCases)
    func system(action: Action) {
        #expect(AccessPolicy.decide(.system("cli"), action, on: .installation) == .allow)
        #expect(AccessPolicy.decide(.system("cli"), action, on: .district(Self.xuhui)) == .allow)
        #expect(Actor.system("cli").reference == .system("cli"))
    }

    @Test("a disabled account is refused even what its role allows")
    func disabled() {
        let actor = Self.actor(.cityOfficer, active: false)
        #expect(AccessPolicy.decide(actor, .viewHome, on: .installation) == .deny(.accountDisabled))
    }

    @Test("after a password reset only the own account and a new password are allowed", arguments: Action.allCases)
    func passwordReset(action: Action) throws {
        var user = try #require(Self.actor(.cityOfficer, district: Self.pudong).user)
        user.mustChangePassword = true
        let decision = AccessPolicy.decide(.user(user), action, on: .installation)
        let expected: AccessPolicy.Decision = if !action.permittedRoles.contains(.cityOfficer) {
            .deny(.roleNotPermitted(.cityOfficer))
        } else {
            action.isAllowedBeforePasswordChange ? .allow : .deny(.passwordChangeRequired)
        }
        #expect(decision == expected)
    }

    @Test("roles outside an action's list are refused", arguments: Action.allCases)
    func roles(action: Action) {
        for role in Role.allCases {
            let decision = AccessPolicy.decide(Self.actor(role, district: Self.pudong), action, on: .installation)
            #expect((decision == .allow) == action.permittedRoles.contains(role), "\(role) \(action)")
        }
    }

    @Test("only the city bureau manages users and districts")
    func administration() {
        #expect(Action.manageUsers.permittedRoles == [.cityOfficer])
        #expect(Action.manageDistricts.permittedRoles == [.cityOfficer])
    }

    @Test("district staff reach their own district only")
    func ownDistrict() {
        let officer = Self.actor(.districtOfficer, district: Self.pudong)
        #expect(AccessPolicy.decide(officer, .viewDistrictUsers, on: .district(Self.pudong)) == .allow)
        #expect(AccessPolicy.decide(officer, .viewDistrictUsers, on: .district(Self.xuhui)) == .deny(.outsideDistrict(Self.xuhui)))
    }

    @Test("the city bureau and auditors reach every district")
    func everyDistrict() {
        for role in [Role.cityOfficer, .auditor] {
            #expect(AccessPolicy.decide(Self.actor(role), .viewDistrictUsers, on: .district(Self.xuhui)) == .allow)
        }
    }

    @Test("an auditor reads but never changes")
    func auditorReadOnly() {
        let auditor = Self.actor(.auditor)
        #expect(AccessPolicy.decide(auditor, .viewUsers, on: .installation) == .allow)
        #expect(AccessPolicy.decide(auditor, .manageUsers, on: .installation) == .deny(.roleNotPermitted(.auditor)))
    }
}
