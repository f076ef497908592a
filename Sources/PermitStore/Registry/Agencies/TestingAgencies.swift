import Fluent
import Foundation
import PermitCore

/// Registered inspection and testing agencies, read-only.
public struct TestingAgencyRepository: Sendable {
    let store: Store

    public func all() async throws -> [TestingAgency] {
        try await TestingAgencyRow.query(on: try store.database()).sort(\.$name).all().map { try $0.domain() }
    }

    public func agency(creditCode: UnifiedSocialCreditCode) async throws -> TestingAgency? {
        try await TestingAgencyRow.query(on: try store.database()).filter(\.$creditCode == creditCode.rawValue).first()?.domain()
    }
}

extension Store {
    public var agencies: TestingAgencyRepository { TestingAgencyRepository(store: self) }
}

extension WriteTransaction {
    public func agency(creditCode: UnifiedSocialCreditCode) async throws -> TestingAgency? {
        try await TestingAgencyRow.query(on: db).filter(\.$creditCode == creditCode.rawValue).first()?.domain()
    }

    public func register(_ agency: TestingAgency, by actor: ActorReference, at now: Date) async throws {
        let event = DomainEvent(
            kind: .agencyRegistered, actor: actor, subject: .init(kind: TestingAgencyRules.subjectKind, id: agency.id.description),
            occurredAt: now, fields: [:]
        )
        try await insert(TestingAgencyRow(agency), event)
    }
}

extension DomainEvent.Kind {
    public static let agencyRegistered = Self(rawValue: "agency.registered")
}
