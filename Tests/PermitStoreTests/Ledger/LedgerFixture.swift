import Foundation
import PermitCore
@testable import PermitStore
import PermitTestSupport

/// A store with a few ledgered changes: districts and accounts, each one entry.
enum LedgerFixture {
    static let actor = ActorReference.system("test")

    static func district(_ number: Int) -> District {
        District(code: DistrictCode(rawValue: String(310_100 + number))!, name: "测试区\(number)", level: .district)
    }

    /// Adds `districts` districts and one inspector in the first; returns the inspector.
    @discardableResult
    static func populate(_ store: Store, districts: Int = 5) async throws -> User {
        for number in 1...districts {
            _ = try await store.testWrites.add(district(number), by: actor, at: .t0.addingTimeInterval(Double(number)))
        }
        let account = try AccountRules.validate(AccountDraft(
            username: "wang.fang", displayName: "王芳", role: "inspector", district: district(1).code.rawValue,
            password: "correct horse battery"
        ))
        return try await store.testWrites.create(account, passwordHash: "$2b$12$fixture", by: actor, at: .t0.addingTimeInterval(60))
    }

    /// Events about no covered row, for filling a log through the write
    /// path's bulk append (`appendUncovered`).
    static func uncoveredEvents(_ range: Range<Int>) -> [DomainEvent] {
        range.map { number in
            DomainEvent(
                kind: .init(rawValue: "benchmark.filled"), actor: .system("benchmark"),
                subject: .init(kind: "benchmark", id: String(number)), occurredAt: .t0.addingTimeInterval(Double(number)),
                fields: ["number": String(number)]
            )
        }
    }
}
