import Fluent
import Foundation
import PermitCore

/// An approved publication of a node's outcome (网站公示); inserted once,
/// never changed. One per case and node, which the database also holds.
final class DisclosureRow: Model, @unchecked Sendable {
    static let schema = "disclosures"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "node") var node: String
    @Field(key: "approved_by") var approvedBy: String
    @Field(key: "approved_at") var approvedAt: Date

    init() {}

    init(id: UUID, _ disclosure: Disclosure) {
        self.id = id
        caseNumber = disclosure.caseNumber.description
        node = disclosure.node.rawValue
        approvedBy = disclosure.approvedBy.rawValue
        approvedAt = LedgerTime.normalized(disclosure.approvedAt)
    }

    func domain() throws -> Disclosure {
        guard let number = try? CaseNumber(parsing: caseNumber), let key = NodeKey(rawValue: node) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
        return Disclosure(caseNumber: number, node: key, approvedBy: ActorReference(rawValue: approvedBy), approvedAt: approvedAt)
    }
}

extension DisclosureRow: LedgerCovered {
    static let subjectKind = "disclosure"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["case": caseNumber, "node": node, "approvedBy": approvedBy, "approvedAt": LedgerTime.text(approvedAt)]
    }
}

struct CreateDisclosures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DisclosureRow.schema)
            .id()
            .field("case_number", .string, .required)
            .field("node", .string, .required)
            .field("approved_by", .string, .required)
            .field("approved_at", .datetime, .required)
            .unique(on: "case_number", "node")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DisclosureRow.schema).delete()
    }
}

extension StoreSchema {
    /// 网站公示: the publications officers approved.
    static let disclosure = StoreSchema(migrations: [CreateDisclosures()], covered: [DisclosureRow.self])
}

extension WriteTransaction {
    public func publish(_ disclosure: Disclosure, id: UUID) async throws {
        let row = DisclosureRow(id: id, disclosure)
        let event = DomainEvent(
            kind: .disclosureApproved, actor: disclosure.approvedBy, subject: .init(kind: DisclosureRow.subjectKind, id: row.subjectID),
            occurredAt: disclosure.approvedAt, fields: [:]
        )
        try await insert(row, event)
    }

    public func disclosures(of caseNumber: CaseNumber) async throws -> [Disclosure] {
        try await DisclosureRepository.disclosures(of: caseNumber, on: db)
    }
}

extension DomainEvent.Kind {
    public static let disclosureApproved = Self(rawValue: "disclosure.approved")
}

/// Publications, read-only.
public struct DisclosureRepository: Sendable {
    let store: Store

    public func of(_ caseNumber: CaseNumber) async throws -> [Disclosure] {
        try await Self.disclosures(of: caseNumber, on: try store.database())
    }

    /// The latest publications first, `limit` at most.
    public func recent(limit: Int) async throws -> [Disclosure] {
        try await DisclosureRow.query(on: try store.database()).sort(\.$approvedAt, .descending).sort(\.$caseNumber, .descending)
            .limit(limit).all().map { try $0.domain() }
    }

    static func disclosures(of caseNumber: CaseNumber, on db: any Database) async throws -> [Disclosure] {
        try await DisclosureRow.query(on: db).filter(\.$caseNumber == caseNumber.description).sort(\.$approvedAt).all().map { try $0.domain() }
    }
}

extension Store {
    public var disclosures: DisclosureRepository { DisclosureRepository(store: self) }
}
