import Foundation
import PermitCore
import PermitStore
import PermitTestSupport
import Testing

@Suite("AccountRepository — the write path for accounts and districts")
struct AccountRepositoryTests {
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let actor = ActorReference.system("test")

    static func account(_ name: String, district: String? = "310115") throws -> ValidAccount {
        try AccountRules.validate(AccountDraft(
            username: name, displayName: "测试用户", role: district == nil ? "auditor" : "inspector",
            district: district, password: "correct horse battery"
        ))
    }

    @Test("a change writes its rows and its event together")
    func stateAndEvent() async throws {
        try await withTestStore { store in
            // setup
            _ = try await store.testWrites.add(Self.pudong, by: Self.actor, at: .t0)
            // MUT
            let user = try await store.testWrites.create(try Self.account("zhang.wei"), passwordHash: "hash", by: Self.actor, at: .t0)
            // validate
            #expect(try await store.accounts.user(named: user.username) == user)
            let events = try await store.events.all()
            #expect(events.map(\.event.kind) == [.districtAdded, .userCreated])
            #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
            #expect(events[1].event.subject.id == user.id.description)
            // The entry records the account, plus a digest of its password hash
            // (never the hash itself), so a hash changed in the table is caught.
            var expected = AccountRules.ledgerFields(of: user)
            expected["credential"] = "d04b98f48e8f8bcc15c6ae5ac050801cd6dcfd428fb5f9e65c4e16e7807340fa" // SHA-256("hash")
            #expect(events[1].event.fields == expected)
            #expect(events[1].event.actor == Self.actor)
        }
    }

    @Test("a refused change leaves neither rows nor an event")
    func refusalWritesNothing() async throws {
        try await withTestStore { store in
            _ = try await store.testWrites.add(Self.pudong, by: Self.actor, at: .t0)
            _ = try await store.testWrites.create(try Self.account("zhang.wei"), passwordHash: "h", by: Self.actor, at: .t0)
            let before = try await store.events.count()

            await #expect(throws: AccountError.usernameTaken(Username(rawValue: "zhang.wei")!)) {
                try await store.testWrites.create(try Self.account("Zhang.Wei"), passwordHash: "h", by: Self.actor, at: .t0)
            }
            await #expect(throws: AccountError.unknownDistrict(DistrictCode(rawValue: "310999")!)) {
                try await store.testWrites.create(try Self.account("li.min", district: "310999"), passwordHash: "h", by: Self.actor, at: .t0)
            }
            await #expect(throws: AccountError.districtTaken(Self.pudong.code)) {
                try await store.testWrites.add(Self.pudong, by: Self.actor, at: .t0)
            }

            #expect(try await store.events.count() == before)
            #expect(try await store.accounts.users().map(\.username.rawValue) == ["zhang.wei"])
        }
    }

    @Test("concurrent creations of one name: exactly one succeeds")
    func concurrentCreation() async throws {
        try await withTestStore { store in
            let account = try Self.account("wang.fang", district: nil)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        (try? await store.testWrites.create(account, passwordHash: "h", by: Self.actor, at: .t0)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.accounts.users().count == 1)
            #expect(try await store.events.count() == 1)
        }
    }

    @Test("disabling is recorded and keeps the account")
    func disable() async throws {
        try await withTestStore { store in
            let user = try await store.testWrites.create(try Self.account("zhao.lei", district: nil), passwordHash: "h", by: Self.actor, at: .t0)
            let disabled = try await store.testWrites.disable(user.username, by: Self.actor, at: .t0)
            #expect(!disabled.isActive)
            #expect(try await store.accounts.user(named: user.username)?.isActive == false)
            #expect(try await store.events.all().last?.event.kind == .userDisabled)
            await #expect(throws: AccountError.unknownUser(Username(rawValue: "nobody")!)) {
                try await store.testWrites.disable(Username(rawValue: "nobody")!, by: Self.actor, at: .t0)
            }
        }
    }

    @Test("users are listed per district")
    func perDistrict() async throws {
        try await withTestStore { store in
            _ = try await store.testWrites.add(Self.pudong, by: Self.actor, at: .t0)
            _ = try await store.testWrites.create(try Self.account("in.pudong"), passwordHash: "h", by: Self.actor, at: .t0)
            _ = try await store.testWrites.create(try Self.account("no.district", district: nil), passwordHash: "h", by: Self.actor, at: .t0)
            #expect(try await store.accounts.users(in: Self.pudong.code).map(\.username.rawValue) == ["in.pudong"])
        }
    }
}
