import Foundation
import PermitCore
import PermitStore
import PermitTestSupport
import Testing

@Suite("SessionRepository — sessions expire and end")
struct SessionRepositoryTests {
    @Test("a session is found until it expires, and not after")
    func expiry() async throws {
        try await withTestStore { store in
            let account = try AccountRules.validate(AccountDraft(
                username: "sun.li", displayName: "孙丽", role: "auditor", district: nil, password: "correct horse battery"
            ))
            let user = try await store.testWrites.create(account, passwordHash: "h", by: .system("t"), at: .t0)
            try await store.sessions.create(
                for: user.id, tokenHash: "abc", csrfToken: "c", kind: .api, at: .t0, expiresAt: .t0.addingTimeInterval(60)
            )
            #expect(try await store.sessions.find(tokenHash: "abc", at: .t0.addingTimeInterval(59))?.user == user)
            #expect(try await store.sessions.find(tokenHash: "abc", at: .t0.addingTimeInterval(60)) == nil)
            #expect(try await store.sessions.find(tokenHash: "other", at: .t0) == nil)

            try await store.sessions.delete(tokenHash: "abc")
            #expect(try await store.sessions.find(tokenHash: "abc", at: .t0) == nil)
        }
    }

    @Test("a session carries its account as it is now, district and all")
    func accountAsItIsNow() async throws {
        try await withTestStore { store in
            let code = try #require(DistrictCode(rawValue: "310115"))
            _ = try await store.testWrites.add(District(code: code, name: "浦东新区", level: .district), by: .system("t"), at: .t0)
            let account = try AccountRules.validate(AccountDraft(
                username: "pudong.officer", displayName: "王芳", role: "district_officer", district: code.rawValue,
                password: "correct horse battery"
            ))
            let user = try await store.testWrites.create(account, passwordHash: "h", by: .system("t"), at: .t0)
            try await store.sessions.create(
                for: user.id, tokenHash: "abc", csrfToken: "c", kind: .browser, at: .t0, expiresAt: .t0.addingTimeInterval(60)
            )
            let session = try #require(try await store.sessions.find(tokenHash: "abc", at: .t0))
            #expect(session.kind == .browser && session.csrfToken == "c" && session.expiresAt == .t0.addingTimeInterval(60))
            #expect(session.user == user)

            let disabled = try await store.testWrites.disable(user.username, by: .system("t"), at: .t0)
            #expect(try await store.sessions.find(tokenHash: "abc", at: .t0)?.user == disabled)
            #expect(disabled.isActive == false)
        }
    }
}

@Suite("Migrations")
struct MigrationTests {
    @Test("migrations apply, revert completely and apply again")
    func roundTrip() async throws {
        try await withTestStore { store in
            try await store.revertAll()
            await #expect(throws: (any Error).self) { try await store.accounts.districts() }
            try await store.migrate()
            #expect(try await store.accounts.districts().isEmpty)
            #expect(await store.ping())
        }
    }
}
