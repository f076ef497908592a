import Fluent
import Foundation
import PermitCore
import SQLKit

/// Enterprises as a command reads and writes them inside its transaction.
/// Who may change what (`EnterpriseEditRights`) is the command's to check;
/// districts and uniqueness are checked here, inside the transaction, and
/// every enterprise written carries its ledger entry.
extension WriteTransaction {
    /// An enterprise as it stands inside the transaction.
    public func enterprise(creditCode: UnifiedSocialCreditCode) async throws -> Enterprise? {
        try await EnterpriseRecord.query(on: db).filter(\.$creditCode == creditCode.rawValue).first()?.domain()
    }

    public func enterprise(_ id: EnterpriseID) async throws -> Enterprise? {
        try await EnterpriseRecord.find(id.rawValue, on: db)?.domain()
    }

    /// Registers an enterprise whose fields were already checked.
    public func register(_ enterprise: Enterprise, by actor: ActorReference, at now: Date) async throws {
        _ = try await writeEnterprises(OneChange(enterprise), kind: .enterpriseRegistered, by: actor, at: now, conflicting: enterprise)
    }

    /// Replaces what was typed, keeping what supervision set (risk, class),
    /// and tells every district that sees the enterprise, but the editor's
    /// own, what changed (`EnterpriseNotice`), in the same transaction.
    /// Returns the enterprise as written.
    public func update(
        _ replacement: Enterprise, by actor: ActorReference, editorDistrict: DistrictCode? = nil, at now: Date
    ) async throws -> Enterprise {
        // Read under the ledger's lock, inside the transaction: a change
        // another writer committed a moment before is kept, and the notices
        // describe what this one really changes.
        guard let current = try await enterprise(replacement.id) else {
            throw EnterpriseError.unknownEnterprise(replacement.id.description)
        }
        var enterprise = replacement
        enterprise.riskTier = current.riskTier
        enterprise.classification = current.classification
        _ = try await writeEnterprises(OneChange(enterprise), kind: .enterpriseUpdated, by: actor, at: now, conflicting: enterprise)
        try await EnterpriseNoticeTable.write(
            EnterpriseNotice.notices(from: current, to: enterprise, editorDistrict: editorDistrict, by: actor, at: now), on: sql
        )
        return enterprise
    }

    /// Writes an import's enterprises a part at a time, planning each part
    /// while the one before is written; returns how many it wrote. A bad row
    /// met on the way, in an import that refuses them, throws
    /// `ImportParts.BadRow` and undoes everything.
    public func importEnterprises(_ parts: ImportParts, by actor: ActorReference, at now: Date) async throws -> Int {
        try await writeEnterprises(parts, kind: .enterpriseRegistered, by: actor, at: now, conflicting: nil)
    }

    /// Writes new or changed enterprises, their indexes and one event each.
    /// - Parameter conflicting: the enterprise a refusal by a unique index
    ///   is about, named in the error; nil for an import.
    private func writeEnterprises<Source: EnterpriseParts>(
        _ source: Source, kind: DomainEvent.Kind, by actor: ActorReference, at now: Date, conflicting: Enterprise?
    ) async throws -> Int {
        let isUpdate = kind == .enterpriseUpdated
        let (db, sql) = (self.db, self.sql)
        do {
            if source.isBulk { try await sql.prepareForBulkWrite() }
            let known = Set(try await DistrictRecord.query(on: db).all().compactMap(\.id))
            let prepare: @Sendable () throws -> PreparedPart? = {
                while let part = try source.next() {
                    if !part.isEmpty { return try PreparedPart(part, kind: kind, by: actor, at: now, rows: !isUpdate) }
                }
                return nil
            }
            // Each part is prepared while the one before it is being
            // written, so the database and the processors work together.
            var upcoming = Task { try prepare() }
            var written = 0
            do {
                while let current = try await upcoming.value {
                    upcoming = Task { try prepare() }
                    try await write(current, known: known, isUpdate: isUpdate, at: now)
                    written += current.enterprises.count
                }
            } catch {
                // Nothing may still be planning once the transaction is over.
                _ = try? await upcoming.value
                throw error
            }
            return written
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The unique indexes are the last word when two writers race;
            // which one refused is read back once this transaction is over.
            if let conflicting { throw IdentifierTaken(enterprise: conflicting) }
            throw ImportRefused(problems: [])
        }
    }

    /// One part: the rows (or their changes), the district and licence
    /// index rows and the ledger entries.
    private func write(_ part: PreparedPart, known: Set<String>, isUpdate: Bool, at now: Date) async throws {
        for enterprise in part.enterprises {
            for district in enterprise.districts.sorted() where !known.contains(district.rawValue) {
                throw EnterpriseError.unknownDistrict(district)
            }
        }
        if isUpdate {
            for enterprise in part.enterprises {
                guard let record = try await EnterpriseRecord.find(enterprise.id.rawValue, on: db) else {
                    throw EnterpriseError.unknownEnterprise(enterprise.id.description)
                }
                record.update(from: enterprise, at: now)
                try await record.save(on: db)
            }
        } else {
            try await BulkInsert(table: EnterpriseRecord.schema, columns: EnterpriseRecord.insertColumns).run(part.rows, on: sql)
        }
        try await EnterpriseIndex.write(part.enterprises, replacing: isUpdate, on: sql)
        try await appendPart(part.entries)
    }
}

/// A unique index refused an enterprise; which identifier another holds is
/// read once the transaction has rolled back.
private struct IdentifierTaken: RefusalAfterRollback {
    let enterprise: Enterprise

    func refusal(in store: Store) async throws -> any Error {
        try await store.enterprises.takenIdentifier(of: enterprise)
    }
}

/// A part of a large write with everything that needs no database done:
/// the rows to insert and the ledger entries, encoded and hashed.
private struct PreparedPart: Sendable {
    let enterprises: [Enterprise]
    let rows: [[BulkValue]]
    let entries: [EncodedEvent]

    init(_ enterprises: [Enterprise], kind: DomainEvent.Kind, by actor: ActorReference, at now: Date, rows: Bool) throws {
        self.enterprises = enterprises
        self.rows = rows ? enterprises.map { EnterpriseRecord.insertRow(of: $0, at: now) } : []
        entries = try EncodedEvent.all(enterprises) { enterprise in
            DomainEvent(
                kind: kind, actor: actor, subject: .init(kind: EnterpriseRecord.subjectKind, id: enterprise.id.description),
                occurredAt: now, fields: EnterpriseRecord.ledgerFields(of: enterprise)
            )
        }
    }
}
