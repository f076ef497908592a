import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// Quality credit: the blacklist (LIC-13).
    static let credit = StoreSchema(migrations: [CreateBlacklist()], covered: [BlacklistRow.self])
}

extension DomainEvent.Kind {
    public static let blacklistListed = Self(rawValue: "blacklist.listed")
    public static let blacklistRemoved = Self(rawValue: "blacklist.removed")
}

extension WriteTransaction {
    public func blacklistEntries(of code: UnifiedSocialCreditCode) async throws -> [BlacklistEntry] {
        try await BlacklistRow.query(on: db).filter(\.$creditCode == code.rawValue).all().map { try $0.domain() }
    }

    public func blacklistEntry(_ id: BlacklistEntryID) async throws -> BlacklistEntry? {
        try await BlacklistRow.find(id.rawValue, on: db)?.domain()
    }

    /// Writes a new listing, or a listing's removal.
    public func save(_ entry: BlacklistEntry, by actor: ActorReference, at now: Date) async throws {
        if let row = try await BlacklistRow.find(entry.id.rawValue, on: db) {
            row.record(entry.removal)
            try await update(row, event(.blacklistRemoved, row, actor, now))
        } else {
            let row = BlacklistRow(entry)
            try await insert(row, event(.blacklistListed, row, actor, now))
        }
    }

    private func event(_ kind: DomainEvent.Kind, _ row: BlacklistRow, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: kind, actor: actor, subject: .init(kind: BlacklistRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }
}

/// The blacklist, read-only: for the public list and for the flag every
/// page that names an enterprise shows.
public struct CreditRepository: Sendable {
    let store: Store

    /// Every listing, latest first; the public list filters those in force.
    public func blacklist(limit: Int = 500) async throws -> [BlacklistEntry] {
        try await BlacklistRow.query(on: try store.database()).sort(\.$listedOn, .descending).limit(limit).all().map { try $0.domain() }
    }

    public func entries(of code: UnifiedSocialCreditCode) async throws -> [BlacklistEntry] {
        try await BlacklistRow.query(on: try store.database()).filter(\.$creditCode == code.rawValue).sort(\.$listedOn, .descending).all()
            .map { try $0.domain() }
    }

    /// Which of `codes` are listed in force on `day`: one query for a page
    /// of results.
    public func listed(among codes: Set<UnifiedSocialCreditCode>, on day: CivilDate) async throws -> Set<UnifiedSocialCreditCode> {
        guard !codes.isEmpty else { return [] }
        let rows = try await BlacklistRow.query(on: try store.database()).filter(\.$creditCode ~~ codes.map(\.rawValue)).filter(\.$removedOn == nil).all()
        return Set(try rows.map { try $0.domain() }.filter { $0.isInForce(on: day) }.map(\.creditCode))
    }

    public func isListed(_ code: UnifiedSocialCreditCode, on day: CivilDate) async throws -> Bool {
        try await !listed(among: [code], on: day).isEmpty
    }
}

extension Store {
    public var credit: CreditRepository { CreditRepository(store: self) }
}
