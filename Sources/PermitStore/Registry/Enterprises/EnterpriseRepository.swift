import Fluent
import FluentSQL
import Foundation
import PermitCore
import SQLKit

/// What to look for in the enterprise database.
public struct EnterpriseSearch: Sendable, Hashable {
    /// Longer than any name, code or licence number; keeps patterns within
    /// what the databases' LIKE accepts (SQLite refuses about 50,000 bytes).
    public static let maximumTextLength = 100

    /// Any part of the name, a whole credit code, or a whole licence number.
    public var text: String
    /// Only enterprises this district sees (registered or production).
    public var district: DistrictCode?
    public var limit: Int
    public var offset: Int

    public init(text: String = "", district: DistrictCode? = nil, limit: Int = 50, offset: Int = 0) {
        self.text = text
        self.district = district
        self.limit = limit
        self.offset = offset
    }
}

/// The enterprise database (企业名录库, RND-1). Every change is ledgered.
public struct EnterpriseRepository: Sendable {
    let store: Store
    /// Enterprises written and ledgered together within a large write, so
    /// that an import holds the rows, values and entries of one part at a
    /// time rather than of the whole file; still one transaction.
    var partSize = 5_000

    public func enterprise(_ id: EnterpriseID) async throws -> Enterprise? {
        try await EnterpriseRecord.find(id.rawValue, on: try store.database())?.domain()
    }

    public func enterprise(creditCode: UnifiedSocialCreditCode) async throws -> Enterprise? {
        try await EnterpriseRecord.query(on: try store.database()).filter(\.$creditCode == creditCode.rawValue).first()?.domain()
    }

    public func search(_ search: EnterpriseSearch) async throws -> [Enterprise] {
        let query = matching(search, try store.sql().select())
        return try await query.orderBy(SQLColumn("name", table: EnterpriseRecord.schema)).limit(search.limit).offset(search.offset)
            .all(decodingFluent: EnterpriseRecord.self).map { try $0.domain() }
    }

    /// How many enterprises match, ignoring the page.
    public func count(_ search: EnterpriseSearch) async throws -> Int {
        let sql = try store.sql()
        let ids = matching(search, sql.select())
        let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total")
            .from(SQLGroupExpression(ids.query), as: SQLIdentifier("matching")).first()
        return try row?.decode(column: "total", as: Int.self) ?? 0
    }

    /// The enterprises a search selects, unordered and unpaged.
    private func matching(_ search: EnterpriseSearch, _ select: SQLSelectBuilder) -> SQLSelectBuilder {
        let text = search.text.trimmingCharacters(in: .whitespaces)
        let query = enterprises(seenBy: search.district, select)
        if EnterpriseRules.isWholeIdentifier(text) {
            // Every stored code and licence number is valid, so only a whole
            // identifier can match one, and it is never looked for in names.
            // A UNION of two index look-ups: with `code = ? OR id IN (…)`
            // PostgreSQL scanned every enterprise.
            let code = UnifiedSocialCreditCode.normalizedInput(text)
            query.where(SQLColumn("id", table: EnterpriseRecord.schema), .in, SQLGroupExpression(SQLQueryString("""
                SELECT \(ident: "id") FROM \(ident: EnterpriseRecord.schema) WHERE \(ident: "credit_code") = \(bind: code) \
                UNION SELECT \(ident: "enterprise_id") FROM \(ident: EnterpriseIndex.licenses) WHERE \(ident: "number") = \(bind: text)
                """)))
        } else if !text.isEmpty {
            let pattern = "%" + text.replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%")
                .replacingOccurrences(of: "_", with: "!_") + "%"
            query.where(SQLQueryString("\(ident: EnterpriseRecord.schema).\(ident: "name") LIKE \(bind: pattern) ESCAPE '!'"))
        }
        return query
    }

    /// Every column of the enterprises a district sees, or of all.
    private func enterprises<Query: SQLSubqueryClauseBuilder>(seenBy district: DistrictCode?, _ query: Query) -> Query {
        let query = query.column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(EnterpriseRecord.schema))).from(EnterpriseRecord.schema)
        guard let district else { return query }
        return query.join(EnterpriseIndex.districts, on: SQLColumn("enterprise_id", table: EnterpriseIndex.districts), .equal, SQLColumn("id", table: EnterpriseRecord.schema))
            .where(SQLColumn("district_code", table: EnterpriseIndex.districts), .equal, SQLBind(district.rawValue))
    }

    /// Every enterprise a district sees, or all; for export.
    public func all(in district: DistrictCode? = nil) async throws -> [Enterprise] {
        try await search(EnterpriseSearch(district: district, limit: Int(Int32.max)))
    }

    public func count() async throws -> Int {
        try await EnterpriseRecord.query(on: try store.database()).count()
    }

    public func register(_ draft: EnterpriseDraft, by actor: ActorReference, at now: Date) async throws -> Enterprise {
        try await register(try EnterpriseRules.validate(draft, id: EnterpriseID(rawValue: UUID())), by: actor, at: now)
    }

    /// Registers an enterprise whose fields were already checked.
    public func register(_ enterprise: Enterprise, by actor: ActorReference, at now: Date) async throws -> Enterprise {
        try await write(kind: .enterpriseRegistered, by: actor, at: now, conflicting: enterprise) { _ in (OneChange(enterprise), []) }
        return enterprise
    }

    public func update(_ id: EnterpriseID, with draft: EnterpriseDraft, by actor: ActorReference, at now: Date) async throws -> Enterprise {
        try await update(try EnterpriseRules.validate(draft, id: id), by: actor, at: now)
    }

    /// Replaces what was typed, keeping what supervision set (risk, class),
    /// and tells every district that sees the enterprise, but the editor's
    /// own, what changed (`EnterpriseNotice`), in the same transaction.
    public func update(
        _ replacement: Enterprise, by actor: ActorReference, editorDistrict: DistrictCode? = nil, at now: Date
    ) async throws -> Enterprise {
        let (change, _) = try await write(kind: .enterpriseUpdated, by: actor, at: now, conflicting: replacement) { db in
            // Read under the ledger's lock, inside the transaction: a change
            // another writer committed a moment before is kept, and the
            // notices describe what this one really changes.
            guard let current = try await EnterpriseRecord.find(replacement.id.rawValue, on: db)?.domain() else {
                throw EnterpriseError.unknownEnterprise(replacement.id.description)
            }
            var enterprise = replacement
            enterprise.riskTier = current.riskTier
            enterprise.classification = current.classification
            let notices = EnterpriseNotice.notices(from: current, to: enterprise, editorDistrict: editorDistrict, by: actor, at: now)
            return (OneChange(enterprise), notices)
        }
        return change.enterprise
    }

    /// The newest change notices for a district.
    public func notices(for district: DistrictCode, limit: Int = 20) async throws -> [EnterpriseNotice] {
        try await EnterpriseNoticeTable.newest(for: district, limit: limit, on: try store.sql())
    }

    /// Checks a file's table against the database without writing anything.
    public func planImport(_ table: [[String]]) async throws -> EnterpriseImportPlan {
        var planner = try await planner(table)
        _ = planner.plan(rows: planner.rowCount, makeID: Self.newID)
        return planner.plan
    }

    /// Imports every row or none; with `skipInvalid`, the valid rows and a
    /// report of the rest. The write starts with the first part of the file
    /// planned and goes on while the rest is; a bad row found on the way
    /// undoes it, and the whole file is then planned to name every bad row.
    public func importTable(
        _ table: [[String]], skipInvalid: Bool, by actor: ActorReference, at now: Date
    ) async throws -> ImportResult {
        let parts = ImportParts(try await planner(table), partSize: partSize, refusing: !skipInvalid)
        do {
            let (_, imported) = try await write(kind: .enterpriseRegistered, by: actor, at: now) { _ in (parts, []) }
            return ImportResult(imported: imported, skipped: parts.problems())
        } catch is ImportParts.BadRow {
            throw ImportRefused(problems: parts.planRest().problems)
        }
    }

    private func planner(_ table: [[String]]) async throws -> EnterpriseImportPlanner {
        let sql = try store.sql()
        let codes = try await sql.select().column("credit_code").from(EnterpriseRecord.schema).all()
            .map { try $0.decode(column: "credit_code", as: String.self) }
        let licenses = try await sql.select().column("number").from(EnterpriseIndex.licenses).all()
            .map { try $0.decode(column: "number", as: String.self) }
        return try EnterpriseImportPlanner(
            table: table, districts: try await store.accounts.districts(), registeredCodes: Set(codes), registeredLicenses: Set(licenses)
        )
    }

    @Sendable static func newID() -> EnterpriseID { EnterpriseID(rawValue: UUID()) }

    /// The ledger entries about an enterprise: its history.
    public func history(_ id: EnterpriseID) async throws -> [IndexedEntry] {
        try await store.ledger.entries(about: .init(kind: EnterpriseRecord.subjectKind, id: id.description))
    }

    /// From this many enterprises, a write is an import and gets the
    /// database's settings for large transactions.
    static let bulkWriteSize = 1_000

    /// Writes new or changed enterprises, their indexes and one event each,
    /// all in one transaction: `begin` gives, inside it, where they come
    /// from and the notices to write with them. Districts and uniqueness are
    /// checked inside it too. Returns the source and how many it wrote.
    /// - Parameter conflicting: the enterprise a refusal by a unique index
    ///   is about, named in the error; nil for an import.
    private func write<Source: EnterpriseParts>(
        kind: DomainEvent.Kind, by actor: ActorReference, at now: Date, conflicting: Enterprise? = nil,
        _ begin: @escaping @Sendable (any Database) async throws -> (Source, [EnterpriseNotice])
    ) async throws -> (Source, Int) {
        let isUpdate = kind == .enterpriseUpdated
        do {
            return try await store.journal.commitInParts(on: try store.database()) { db, ledger in
                guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
                let (source, notices) = try await begin(db)
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
                        try await write(current, known: known, isUpdate: isUpdate, at: now, on: db, sql, ledger: ledger)
                        written += current.enterprises.count
                    }
                } catch {
                    // Nothing may still be planning once the transaction is over.
                    _ = try? await upcoming.value
                    throw error
                }
                try await EnterpriseNoticeTable.write(notices, on: sql)
                return (source, written)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The unique indexes are the last word when two writers race;
            // which one refused is read back, so the answer names it.
            if let conflicting { throw try await takenIdentifier(of: conflicting) }
            throw ImportRefused(problems: [])
        }
    }

    /// Which of an enterprise's unique identifiers another enterprise holds:
    /// its credit code, else one of its licence numbers.
    private func takenIdentifier(of enterprise: Enterprise) async throws -> EnterpriseError {
        let sql = try store.sql()
        let codeHolder = try await sql.select().column("id").from(EnterpriseRecord.schema)
            .where("credit_code", .equal, enterprise.creditCode.rawValue).first()
            .map { try $0.decode(column: "id", as: UUID.self) }
        if let codeHolder, codeHolder != enterprise.id.rawValue { return .creditCodeTaken(enterprise.creditCode) }
        for license in enterprise.licenses {
            let holder = try await sql.select().column("enterprise_id").from(EnterpriseIndex.licenses)
                .where("number", .equal, license.number).first()
                .map { try $0.decode(column: "enterprise_id", as: UUID.self) }
            if let holder, holder != enterprise.id.rawValue { return .licenseNumberTaken(license.number) }
        }
        return .creditCodeTaken(enterprise.creditCode)
    }
}

extension EnterpriseRepository {
    /// One part: the rows (or their changes), the district and licence
    /// index rows and the ledger entries.
    private func write(
        _ part: PreparedPart, known: Set<String>, isUpdate: Bool, at now: Date, on db: any Database, _ sql: any SQLDatabase,
        ledger: TransactionLedger
    ) async throws {
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
        try await ledger.append(part.entries)
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

extension Store {
    public var enterprises: EnterpriseRepository { EnterpriseRepository(store: self) }
}

extension WriteTransaction {
    /// An enterprise as it stands inside the transaction.
    public func enterprise(creditCode: UnifiedSocialCreditCode) async throws -> Enterprise? {
        try await EnterpriseRecord.query(on: db).filter(\.$creditCode == creditCode.rawValue).first()?.domain()
    }
}
