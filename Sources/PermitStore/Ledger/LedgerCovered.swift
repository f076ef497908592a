import Fluent
import Foundation
import PermitCore
import PermitLedger

/// A table whose rows the ledger vouches for: each row's state is exactly the
/// fields of the latest ledger entry about it, so `LedgerCheck` can recompute
/// every entry's claim from the table and find a row changed, added or
/// removed behind the write path's back.
protocol LedgerCovered: Model {
    /// The subject kind of the entries about these rows, e.g. `user`.
    static var subjectKind: String { get }
    var subjectID: String { get }
    /// The row as the ledger records it.
    func ledgerFields() throws -> [String: String]
}

extension DomainEvent {
    /// The event with its fields taken from the row it wrote, so the entry and
    /// the row agree by construction rather than by two hand-kept lists.
    func covering(_ record: some LedgerCovered) throws -> DomainEvent {
        precondition(subject == .init(kind: type(of: record).subjectKind, id: record.subjectID), "event and row differ in subject")
        var event = self
        event.fields = try record.ledgerFields()
        return event
    }
}

extension UserRecord: LedgerCovered {
    static let subjectKind = "user"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    /// The password hash itself never enters an entry, which auditors read;
    /// its digest does, so a hash swapped in the table is still caught.
    func ledgerFields() throws -> [String: String] {
        var fields = AccountRules.ledgerFields(of: try domain())
        fields["credential"] = Hash.sha256(of: Array(passwordHash.utf8)).hex
        return fields
    }
}

extension DistrictRecord: LedgerCovered {
    static let subjectKind = "district"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        let district = try domain()
        return AccountRules.ledgerFields(of: district)
    }
}

/// Every covered table, for `LedgerCheck`.
enum CoveredTables {
    /// Every row's fields by subject id; a row that cannot be read as the
    /// ledger records it holds the reason.
    typealias Rows = [String: Result<[String: String], any Error>]

    /// Subject kind to a loader of every row of its table, from the
    /// capabilities' schemas.
    static let all: [String: Loader] = Dictionary(
        uniqueKeysWithValues: Store.schemas.flatMap(\.covered).map { (type: any LedgerCovered.Type) -> (String, Loader) in entry(type) }
    )

    typealias Loader = @Sendable (any Database) async throws -> Rows

    private static func entry<R: LedgerCovered>(_ type: R.Type) -> (String, Loader) {
        (R.subjectKind, { try await rows(R.self, on: $0) })
    }

    /// Every covered table's rows by subject kind.
    static func load(on db: any Database) async throws -> [String: Rows] {
        var tables: [String: Rows] = [:]
        for (kind, load) in all { tables[kind] = try await load(db) }
        return tables
    }

    /// Every row of `R`'s table, decoded into one record in turn.
    ///
    /// Fluent finds a model's fields by reflection each time it decodes a
    /// row (`Fields.properties`), which made loading a few thousand covered
    /// rows cost more CPU than checking the hundreds of thousands of entries
    /// beside them (BENCHMARKS.md, issue 4). The fields of one record are
    /// found once here, and each row is decoded into them.
    private static func rows<R: LedgerCovered>(_ type: R.Type, on db: any Database) async throws -> Rows {
        let reader = CoveredRowReader<R>()
        try await R.query(on: db).run { output in reader.read(output) }.get()
        return try reader.rows()
    }
}

/// Decodes rows into one record whose database fields were found once.
/// The driver hands the rows over one at a time, in order, and `rows()` is
/// asked for only after the last.
private final class CoveredRowReader<R: LedgerCovered>: @unchecked Sendable {
    private let record = R()
    private let fields: [any AnyDatabaseProperty]
    private var read: CoveredTables.Rows = [:]
    /// The first row that could not be decoded at all, as Fluent's `all()`
    /// would have thrown it.
    private var failure: (any Error)?

    init() {
        fields = record.properties.compactMap { $0 as? any AnyDatabaseProperty }
    }

    func read(_ output: any DatabaseOutput) {
        guard failure == nil else { return }
        let output = output.qualifiedSchema(space: R.spaceIfNotAliased, R.schemaOrAlias)
        do {
            for field in fields { try field.output(from: output) }
        } catch {
            failure = error
            return
        }
        read[record.subjectID] = Result { try record.ledgerFields() }
    }

    func rows() throws -> CoveredTables.Rows {
        if let failure { throw failure }
        return read
    }
}
