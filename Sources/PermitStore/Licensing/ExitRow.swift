import Fluent
import Foundation
import PermitCore

/// An exit procedure as it stands, keyed by its case's number.
final class ExitRow: Model, @unchecked Sendable {
    static let schema = "license_exits"

    @ID(custom: "case_number", generatedBy: .user) var id: String?
    @Field(key: "certificate") var certificate: String
    @Field(key: "kind") var kind: String
    @Field(key: "ground") var ground: String
    @Field(key: "status") var status: String
    @Field(key: "opened_at") var openedAt: Date
    @Field(key: "opened_by") var openedBy: String

    init() {}

    init(_ exit: LicenseExit) {
        id = exit.caseNumber.description
        certificate = exit.certificate.description
        kind = exit.kind.rawValue
        ground = exit.ground
        status = exit.status.rawValue
        openedAt = LedgerTime.normalized(exit.openedAt)
        openedBy = exit.openedBy.rawValue
    }

    func domain() throws -> LicenseExit {
        do {
            return LicenseExit(
                caseNumber: try CaseNumber(parsing: id ?? ""), certificate: try LicenseNumber(parsing: certificate),
                kind: try ExitKind(rawValue: kind).orThrow(), ground: ground, status: try ExitStatus(rawValue: status).orThrow(),
                openedAt: openedAt, openedBy: ActorReference(rawValue: openedBy)
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "")
        }
    }
}

extension ExitRow: LedgerCovered {
    static let subjectKind = "license-exit"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        [
            "certificate": certificate, "kind": kind, "ground": ground, "status": status, "openedAt": LedgerTime.text(openedAt),
            "openedBy": openedBy,
        ]
    }
}

struct CreateExits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ExitRow.schema)
            .field("case_number", .string, .identifier(auto: false))
            .field("certificate", .string, .required)
            .field("kind", .string, .required)
            .field("ground", .string, .required)
            .field("status", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("opened_by", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ExitRow.schema).delete()
    }
}

extension DomainEvent.Kind {
    public static let exitSaved = Self(rawValue: "license-exit.saved")
    public static let certificateStatusChanged = Self(rawValue: "certificate.status-changed")
}

extension WriteTransaction {
    public func exit(_ caseNumber: CaseNumber) async throws -> LicenseExit? {
        try await ExitRow.find(caseNumber.description, on: db)?.domain()
    }

    public func save(_ exit: LicenseExit, by actor: ActorReference, at now: Date) async throws {
        let event = { (row: ExitRow) in
            DomainEvent(kind: .exitSaved, actor: actor, subject: .init(kind: ExitRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
        }
        if let row = try await ExitRow.find(exit.caseNumber.description, on: db) {
            row.status = exit.status.rawValue
            try await update(row, event(row))
        } else {
            let row = ExitRow(exit)
            try await insert(row, event(row))
        }
    }

    public func certificate(_ number: LicenseNumber) async throws -> Certificate? {
        try await CertificateRow.find(number.description, on: db)?.domain()
    }

    /// The certificate's public status, at once (LIC-12).
    public func setStatus(_ status: CertificateStatus, of number: LicenseNumber, by actor: ActorReference, at now: Date) async throws {
        guard let row = try await CertificateRow.find(number.description, on: db) else { throw StoreError.corruptRow(table: CertificateRow.schema, id: number.description) }
        row.status = status.rawValue
        try await update(row, DomainEvent(
            kind: .certificateStatusChanged, actor: actor, subject: .init(kind: CertificateRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
        ))
    }
}

extension LicensingRepository {
    public func exit(_ caseNumber: CaseNumber) async throws -> LicenseExit? {
        try await ExitRow.find(caseNumber.description, on: try store.database())?.domain()
    }
}
