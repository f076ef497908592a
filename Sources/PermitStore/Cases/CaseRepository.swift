import Fluent
import Foundation
import PermitCore

/// Cases as the domain sees them, read-only; changes go through
/// `WriteTransaction` (CaseWrites.swift).
public struct CaseRepository: Sendable {
    let store: Store

    public func find(_ number: CaseNumber) async throws -> Case? {
        try await CaseReads.find(number, on: try store.database())
    }

    /// The cases someone with `reach` may have work in: open ones, and those
    /// closed since `closedSince`, whose filing may still wait. Per-case
    /// access is decided by the caller.
    public func active(in reach: CaseReach, closedSince: Date) async throws -> [Case] {
        let db = try store.database()
        var query = CaseRow.query(on: db).sort(\.$openedAt).group(.or) { recent in
            recent.filter(\.$closedAt == nil).filter(\.$closedAt >= closedSince)
        }
        switch reach {
        case .everything: break
        case .district(let code): query = query.filter(\.$districtCode == code.rawValue)
        case .organisation(let code, let member):
            query = query.group(.or) { either in
                either.filter(\.$agencyCode == code?.rawValue).filter(\.$subjectCreditCode == code?.rawValue ?? "")
                    .filter(\.$team, .contains(inverse: false, .anywhere), member.description)
            }
        }
        return try await CaseReads.assemble(try await query.all(), on: db)
    }
}

/// Which cases a worklist or list looks at before per-case access decides.
public enum CaseReach: Sendable {
    case everything
    case district(DistrictCode)
    /// An agency's or enterprise's cases, and any case whose team names the user.
    case organisation(UnifiedSocialCreditCode?, member: UserID)
}

/// Published process versions beside the shipped ones.
public struct ProcessRepository: Sendable {
    let store: Store

    /// Every version of every process, shipped first, each process's
    /// versions in order.
    public func all() async throws -> [ProcessDefinition] {
        let published = try await ProcessVersionRow.query(on: try store.database()).sort(\.$processID).sort(\.$version).all()
        return ProcessDefinition.shipped + (try published.map { try $0.domain() })
    }

    /// The latest version of each process.
    public func current() async throws -> [ProcessDefinition] {
        var latest: [ProcessID: ProcessDefinition] = [:]
        for definition in try await all() where (latest[definition.id]?.version ?? 0) < definition.version {
            latest[definition.id] = definition
        }
        return ProcessDefinition.shipped.compactMap { latest[$0.id] }
    }
}

extension Store {
    public var cases: CaseRepository { CaseRepository(store: self) }
    public var processes: ProcessRepository { ProcessRepository(store: self) }
}

/// Reads shared by the repository and the write transaction.
enum CaseReads {
    static func find(_ number: CaseNumber, on db: any Database) async throws -> Case? {
        guard let row = try await CaseRow.query(on: db).filter(\.$number == number.description).first() else { return nil }
        return try await assemble([row], on: db).first
    }

    /// Cases with their nodes, in process order, and records, in the order made.
    static func assemble(_ rows: [CaseRow], on db: any Database) async throws -> [Case] {
        var nodes: [UUID: [CaseNodeRow]] = [:], records: [UUID: [CaseRecordRow]] = [:]
        // In batches: one bind per case, and PostgreSQL takes at most 65,535.
        for batch in rows.compactMap(\.id).chunked(by: 1_000) {
            nodes.merge(Dictionary(grouping: try await CaseNodeRow.query(on: db).filter(\.$caseID ~~ batch).sort(\.$position).all(), by: \.caseID)) { $1 }
            records.merge(Dictionary(
                grouping: try await CaseRecordRow.query(on: db).filter(\.$caseID ~~ batch).sort(\.$recordedAt).all(), by: \.caseID
            )) { $1 }
        }
        return try rows.map { row in
            var subject = try row.domain()
            subject.nodes = try (nodes[subject.id.rawValue] ?? []).map { try $0.domain() }
            subject.records = try (records[subject.id.rawValue] ?? []).map { try $0.domain() }
            return subject
        }
    }
}

extension CaseRepository {
    /// The case a record belongs to, for a record asked for by its id alone.
    public func caseNumber(ofRecord id: CaseRecordID) async throws -> CaseNumber? {
        guard let row = try await CaseRecordRow.find(id.rawValue, on: try store.database()) else { return nil }
        return try? CaseNumber(parsing: row.caseNumber)
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
