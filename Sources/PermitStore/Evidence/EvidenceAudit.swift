import Fluent
import Foundation
import PermitCore

/// Every original a record names, read back and hashed again: the proof
/// that nothing stored was altered or lost since it was recorded (REC-9).
/// The ledger vouches for the digests in the records; this vouches for the
/// bytes behind them.
public struct EvidenceAudit: Sendable, Equatable {
    public var checked = 0
    public var bytes = 0
    /// Digests named by a record with no original behind them.
    public var missing: [String] = []
    /// Digests whose original now hashes to something else.
    public var altered: [String] = []

    public var isIntact: Bool { missing.isEmpty && altered.isEmpty }
}

extension Store {
    /// Re-hashes the original of every record, each distinct content once.
    public func auditEvidence() async throws -> EvidenceAudit {
        let rows = try await CaseRecordRow.query(on: try database()).filter(\.$sha256 != nil).all()
        var audit = EvidenceAudit()
        for digest in Set(rows.compactMap(\.sha256)).sorted() {
            guard let reader = try evidence.blobs.open(digest) else {
                audit.missing.append(digest)
                continue
            }
            defer { reader.close() }
            let found = try Blob.hashing(reader)
            audit.bytes += found.size
            if found.sha256 != digest { audit.altered.append(digest) }
            audit.checked += 1
        }
        return audit
    }
}
