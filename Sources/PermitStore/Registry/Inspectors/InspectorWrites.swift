import Fluent
import Foundation
import PermitCore

/// Inspectors as a command reads and writes them inside its transaction;
/// the rules (`InspectorRules`) are the command's to apply.
extension WriteTransaction {
    public func inspector(_ id: InspectorID) async throws -> Inspector? {
        try await InspectorRecord.find(id.rawValue, on: db)?.domain()
    }

    /// The inspector holding an enforcement certificate number, if any.
    public func inspector(holding certificate: EnforcementCertificateNumber) async throws -> Inspector? {
        try await InspectorRecord.query(on: db).filter(\.$certificateNumber == certificate.rawValue).first()?.domain()
    }

    /// Adds an inspector. Two writers may both find a number free; the
    /// unique index lets one commit, and the other is refused with
    /// `duplicate` (by default, the number taken).
    public func add(_ inspector: Inspector, _ event: DomainEvent, at now: Date, duplicate: (any Error)? = nil) async throws {
        try await refusingDuplicates(as: duplicate ?? InspectorError.certificateTaken(inspector.certificateNumber)) {
            try await insert(InspectorRecord(inspector, at: now), event)
        }
    }

    public func save(_ inspector: Inspector, _ event: DomainEvent, at now: Date) async throws {
        guard let record = try await InspectorRecord.find(inspector.id.rawValue, on: db) else {
            throw InspectorError.unknownInspector(inspector.id)
        }
        record.update(from: inspector, at: now)
        try await refusingDuplicates(as: InspectorError.certificateTaken(inspector.certificateNumber)) {
            try await update(record, event)
        }
    }
}
