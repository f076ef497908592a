import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The first place where storage and the ledger disagree, named precisely
/// enough for an investigator to go straight to the row.
public struct LedgerDivergence: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Place: Sendable, Hashable {
        case entry(index: UInt64)
        case node(NodeID)
        case head
        case checkpoint(size: UInt64)
        case coveredRow(kind: String, id: String)
    }

    public let place: Place
    /// The subject concerned, when the place has one.
    public let subject: DomainEvent.Subject?
    /// What differs, in words.
    public let detail: String

    public var description: String {
        let subjectText = subject.map { " (\($0.kind) \($0.id))" } ?? ""
        return switch place {
        case .entry(let index): "entry \(index)\(subjectText): \(detail)"
        case .node(let node): "tree node level \(node.level) index \(node.index)\(subjectText): \(detail)"
        case .head: "ledger head: \(detail)"
        case .checkpoint(let size): "checkpoint of size \(size): \(detail)"
        case .coveredRow(let kind, let id): "\(kind) \(id): \(detail)"
        }
    }
}

/// What a clean check went through.
public struct LedgerCheckSummary: Sendable, Hashable {
    public let entries: UInt64
    public let nodes: Int
    public let checkpoints: Int
    public let coveredRows: Int
    public let root: Hash
}

/// The ledger's fsck: recomputes every leaf from the stored entries, every
/// tree node from the leaves, checks every stored checkpoint's signature and
/// its root against the recomputed tree, and every covered row against the
/// latest entry about it. Trusts nothing it read; throws the first
/// ``LedgerDivergence``.
struct LedgerCheck {
    let store: Store
    let pageSize = 5_000

    func run() async throws -> LedgerCheckSummary {
        let sql = try store.sql()
        var levels: [[Hash]] = [[]]
        var latest: [DomainEvent.Subject: (index: UInt64, fields: [String: String])] = [:]
        try await readEntries(on: sql) { index, subject, bytes in
            let entry: LedgerEntry
            do { entry = try LedgerEntry(decoding: bytes) } catch {
                throw LedgerDivergence(place: .entry(index: index), subject: subject, detail: "not a canonical entry: \(error)")
            }
            let encoded = DomainEvent.Subject(kind: entry.subjectKind, id: entry.subjectID)
            guard encoded == subject else {
                throw LedgerDivergence(
                    place: .entry(index: index), subject: encoded,
                    detail: "indexed as \(subject.kind) \(subject.id) but the entry is about \(encoded.kind) \(encoded.id)"
                )
            }
            levels[0].append(TreeHasher.leafHash(bytes))
            if CoveredTables.all[subject.kind] != nil { latest[subject] = (index, entry.fields) }
        }
        var level = 0
        while levels[level].count > 1 {
            let below = levels[level]
            levels.append(stride(from: 0, to: below.count - 1, by: 2).map { TreeHasher.nodeHash(below[$0], below[$0 + 1]) })
            level += 1
        }
        let size = UInt64(levels[0].count)
        let nodes = try await compareNodes(levels, on: sql)
        let root = Self.root(size: size, levels)
        let checkpoints = try await checkHeadAndCheckpoints(size: size, levels: levels, on: sql)
        let rows = try await compareCoveredRows(latest)
        return LedgerCheckSummary(entries: size, nodes: nodes, checkpoints: checkpoints, coveredRows: rows, root: root)
    }

    private func readEntries(
        on sql: any SQLDatabase, _ visit: (UInt64, DomainEvent.Subject, [UInt8]) throws -> Void
    ) async throws {
        var next: UInt64 = 0
        while true {
            let rows = try await sql.select().columns("idx", "subject_kind", "subject_id", "entry").from(LedgerTable.entries)
                .where("idx", .greaterThanOrEqual, Int64(next)).orderBy("idx").limit(pageSize).all()
            for row in rows {
                let index = try row.decode(column: "idx", as: Int64.self)
                guard index == Int64(next) else {
                    throw LedgerDivergence(
                        place: .entry(index: next), subject: nil,
                        detail: index < 0 ? "negative index \(index)" : "missing; the next stored entry is \(index)"
                    )
                }
                let subject = DomainEvent.Subject(
                    kind: try row.decode(column: "subject_kind", as: String.self),
                    id: try row.decode(column: "subject_id", as: String.self)
                )
                try visit(next, subject, [UInt8](try row.decode(column: "entry", as: Data.self)))
                next += 1
            }
            if rows.count < pageSize { return }
        }
    }

    /// Walks the stored nodes in (level, index) order beside the recomputed
    /// ones: a node stored but not computable, computed but not stored, or
    /// stored with another hash is a divergence.
    private func compareNodes(_ levels: [[Hash]], on sql: any SQLDatabase) async throws -> Int {
        var compared = 0
        for (level, hashes) in levels.enumerated() {
            var next: UInt64 = 0
            while true {
                let rows = try await sql.select().columns("idx", "hash").from(LedgerTable.nodes)
                    .where("level", .equal, Int16(level)).where("idx", .greaterThanOrEqual, Int64(next))
                    .orderBy("idx").limit(pageSize).all()
                for row in rows {
                    let index = UInt64(clamping: try row.decode(column: "idx", as: Int64.self))
                    let node = NodeID(level: level, index: next)
                    guard index == next else {
                        throw LedgerDivergence(place: .node(node), subject: nil, detail: "missing from the stored tree")
                    }
                    guard index < hashes.count else {
                        throw LedgerDivergence(place: .node(node), subject: nil, detail: "stored, but the entries do not reach it")
                    }
                    let stored = try row.decode(column: "hash", as: Data.self)
                    let expected = hashes[Int(index)]
                    guard !expected.withUnsafeBytes({ stored.elementsEqual($0) }) else {
                        next += 1
                        compared += 1
                        continue
                    }
                    // A leaf that differs is an entry whose bytes changed; name it as one.
                    if level == 0 {
                        throw LedgerDivergence(
                            place: .entry(index: index), subject: try await subject(ofEntry: index, on: sql),
                            detail: "its bytes hash to \(expected.hex), the tree holds \(stored.hexText)"
                        )
                    }
                    throw LedgerDivergence(
                        place: .node(node), subject: nil,
                        detail: "stored hash \(stored.hexText) differs from \(expected.hex) recomputed from entries \(node.leafRange.lowerBound)..<\(node.leafRange.upperBound)"
                    )
                }
                if rows.count < pageSize { break }
            }
            guard next == hashes.count else {
                throw LedgerDivergence(
                    place: .node(NodeID(level: level, index: next)), subject: nil, detail: "missing from the stored tree"
                )
            }
        }
        let beyond = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(LedgerTable.nodes)
            .where("level", .greaterThanOrEqual, Int16(levels.count)).first()?.decode(column: "n", as: Int64.self) ?? 0
        guard beyond == 0 else {
            throw LedgerDivergence(place: .head, subject: nil, detail: "\(beyond) stored nodes lie above the tree's top level")
        }
        return compared
    }

    /// Looked up only when needed, so the check keeps no subject per entry.
    private func subject(ofEntry index: UInt64, on sql: any SQLDatabase) async throws -> DomainEvent.Subject? {
        guard let row = try await sql.select().columns("subject_kind", "subject_id").from(LedgerTable.entries)
            .where("idx", .equal, Int64(index)).first()
        else { return nil }
        return DomainEvent.Subject(
            kind: try row.decode(column: "subject_kind", as: String.self), id: try row.decode(column: "subject_id", as: String.self)
        )
    }

    private func checkHeadAndCheckpoints(size: UInt64, levels: [[Hash]], on sql: any SQLDatabase) async throws -> Int {
        let head: LedgerHead
        do { head = try await LedgerHead.read(on: sql) } catch {
            throw LedgerDivergence(place: .head, subject: nil, detail: "unreadable: \(error)")
        }
        guard head.frontier.size == size else {
            throw LedgerDivergence(place: .head, subject: nil, detail: "records size \(head.frontier.size), the entries number \(size)")
        }
        guard head.frontier.hashes == Frontier.nodeIDs(forSize: size).map({ levels[$0.level][Int($0.index)] }) else {
            throw LedgerDivergence(place: .head, subject: nil, detail: "the stored frontier differs from the recomputed one")
        }
        var notes = try await store.ledger.checkpointHistory()
        if size > 0 { notes.append((size, head.checkpoint)) }
        for (storedSize, note) in notes {
            try check(note, storedSize: storedSize, treeSize: size, levels: levels)
        }
        return notes.count
    }

    private func check(_ note: String, storedSize: UInt64, treeSize: UInt64, levels: [[Hash]]) throws {
        let signed: SignedCheckpoint
        do {
            signed = try SignedCheckpoint(verifying: note, verifier: store.signer.verifierKey, origin: store.signer.origin)
        } catch {
            throw LedgerDivergence(place: .checkpoint(size: storedSize), subject: nil, detail: "does not verify: \(error)")
        }
        let checkpoint = signed.checkpoint
        guard checkpoint.size == storedSize, checkpoint.size <= treeSize else {
            throw LedgerDivergence(
                place: .checkpoint(size: storedSize), subject: nil,
                detail: "signs size \(checkpoint.size), filed as \(storedSize) in a tree of \(treeSize)"
            )
        }
        let root = Self.root(size: checkpoint.size, levels)
        guard checkpoint.root == root else {
            throw LedgerDivergence(
                place: .checkpoint(size: storedSize), subject: nil,
                detail: "signs root \(checkpoint.root.base64), the tree at that size has \(root.base64)"
            )
        }
    }

    private func compareCoveredRows(_ latest: [DomainEvent.Subject: (index: UInt64, fields: [String: String])]) async throws -> Int {
        let db = try store.database()
        var compared = 0
        for (kind, load) in CoveredTables.all.sorted(by: { $0.key < $1.key }) {
            let rows = try await load(db)
            let claims = latest.filter { $0.key.kind == kind }.sorted { $0.value.index < $1.value.index }
            for (subject, claim) in claims {
                guard let row = rows[subject.id] else {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject,
                        detail: "entry \(claim.index) records it, but the table has no such row"
                    )
                }
                let fields: [String: String]
                do { fields = try row.get() } catch {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject, detail: "the row is unreadable: \(error)"
                    )
                }
                if let difference = Self.difference(ledger: claim.fields, table: fields) {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject,
                        detail: "differs from entry \(claim.index): \(difference)"
                    )
                }
                compared += 1
            }
            if let stray = rows.keys.filter({ latest[DomainEvent.Subject(kind: kind, id: $0)] == nil }).min() {
                throw LedgerDivergence(
                    place: .coveredRow(kind: kind, id: stray), subject: .init(kind: kind, id: stray),
                    detail: "the row exists, but no ledger entry records it"
                )
            }
        }
        return compared
    }

    private static func difference(ledger: [String: String], table: [String: String]) -> String? {
        for key in Set(ledger.keys).union(table.keys).sorted() where ledger[key] != table[key] {
            return "\(key) is \(quoted(ledger[key])) in the ledger and \(quoted(table[key])) in the table"
        }
        return nil
    }

    private static func quoted(_ value: String?) -> String {
        value.map { "\"\($0)\"" } ?? "absent"
    }

    /// The root at `size` from the recomputed levels.
    static func root(size: UInt64, _ levels: [[Hash]]) -> Hash {
        let hashes = Frontier.nodeIDs(forSize: size).map { levels[$0.level][Int($0.index)] }
        // One hash per set bit of the size, by construction of the decomposition.
        return (try? Frontier(size: size, hashes: hashes))?.root ?? TreeHasher.emptyRoot
    }
}

extension LedgerRepository {
    /// Runs the ledger's fsck; throws the first ``LedgerDivergence``.
    public func check() async throws -> LedgerCheckSummary {
        try await LedgerCheck(store: store).run()
    }
}

extension Data {
    fileprivate var hexText: String { map { String(format: "%02x", $0) }.joined() }
}
