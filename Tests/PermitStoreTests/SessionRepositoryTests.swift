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
            let user = try await store.accounts.create(account, passwordHash: "h", by: .system("t"), at: .t0)
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
