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

/// The enterprise database (企业名录库, RND-1), read-only: every change is a
/// `WriteTransaction` method (EnterpriseWrites.swift), ledgered with it.
public struct EnterpriseRepository: Sendable {
    let store: Store
    /// Enterprises written and ledgered together within a large write, so
    /// that an import holds the rows, values and entries of one part at a
    /// time rather than of the whole file; still one transaction.
    public static let partSize = 5_000

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

    /// An import's enterprises, planned a part at a time as the write goes
    /// on (`WriteTransaction.importEnterprises`); with `refusing`, the first
    /// bad row stops the write.
    public func prepareImport(_ table: [[String]], refusing: Bool, partSize: Int = Self.partSize) async throws -> ImportParts {
        ImportParts(try await planner(table), partSize: partSize, refusing: refusing)
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

    /// Which of an enterprise's unique identifiers another enterprise holds:
    /// its credit code, else one of its licence numbers.
    func takenIdentifier(of enterprise: Enterprise) async throws -> EnterpriseError {
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

extension Store {
    public var enterprises: EnterpriseRepository { EnterpriseRepository(store: self) }
}
