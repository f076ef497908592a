import FluentPostgresDriver
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
/// tree node from the leaves, checks every stored leaf hash and hash tile,
/// every stored checkpoint's signature and its root against the recomputed
/// tree, and every covered row against the latest entry about it. Trusts
/// nothing it read; throws the first ``LedgerDivergence``.
struct LedgerCheck {
    let store: Store
    let pageSize = 10_000

    func run() async throws -> LedgerCheckSummary {
        let sql = try store.sql()
        // The covered tables are read while the entries are: neither needs
        // the other until the rows are compared.
        let covered = Task { [store] in try await CoveredTables.load(on: try store.database()) }
        defer { covered.cancel() }
        let entries = EntryCheck()
        try await readEntries { try entries.check($0) }
        let tree = entries.tree
        let tileHashes = try await compareTiles(tree, on: sql)
        let checkpoints = try await checkHeadAndCheckpoints(tree, on: sql)
        let rows = try await compareCoveredRows(try await covered.value, claims: try entries.latest.mapValues { claim in
            do { return (claim.index, try LedgerEntry(decoding: claim.bytes).fields) } catch {
                throw LedgerDivergence(place: .entry(index: claim.index), subject: nil, detail: "not a canonical entry: \(error)")
            }
        })
        return LedgerCheckSummary(
            entries: tree.size, nodes: Int(tree.size) + tileHashes, checkpoints: checkpoints, coveredRows: rows,
            root: tree.root(size: tree.size)
        )
    }

    /// What is wrong with an entry whose leaf hash or subject does not match
    /// its columns, decoded in full only now, since only now it matters.
    fileprivate static func divergence(of stored: StoredEntry, leafHash: Hash) -> LedgerDivergence {
        let index = UInt64(stored.index)
        let entry: LedgerEntry
        do { entry = try LedgerEntry(decoding: stored.bytes) } catch {
            return LedgerDivergence(place: .entry(index: index), subject: stored.subject, detail: "not a canonical entry: \(error)")
        }
        let encoded = DomainEvent.Subject(kind: entry.subjectKind, id: entry.subjectID)
        guard encoded == stored.subject else {
            return LedgerDivergence(
                place: .entry(index: index), subject: encoded,
                detail: "indexed as \(stored.subject.kind) \(stored.subject.id) but the entry is about \(encoded.kind) \(encoded.id)"
            )
        }
        return LedgerDivergence(
            place: .entry(index: index), subject: stored.subject,
            detail: "its bytes hash to \(leafHash.hex), the stored leaf hash is \(stored.leafHash.map { Data($0).hexText } ?? "absent")"
        )
    }

    /// Hands every entry to `visit` in index order, a page at a time, with
    /// its leaf hashes. SQLite is read through its C interface, in three
    /// stages on three threads: reading a page, hashing the one before and
    /// checking the one before that. PostgreSQL is read two pages ahead, each
    /// page on its own connection and hashed by its own task, because reading
    /// rows through the driver costs more than checking them. A page starts
    /// where the one before would end if no entry were missing; if one is,
    /// `visit` stops at the gap before the overlap matters.
    private func readEntries(_ visit: @escaping @Sendable (HashedEntries) throws -> Void) async throws {
        let sql = try store.sql()
        if sql.dialect.name == "sqlite" {
            let path = try await sql.raw("SELECT file FROM pragma_database_list WHERE name = 'main'").first()?
                .decode(column: "file", as: String.self)
            guard let path, !path.isEmpty else { throw StoreError.closed }
            let reader = SQLiteEntryReader(path: path, pageSize: pageSize)
            let read = PageHandoff<LedgerEntryBatch>(capacity: 2)
            let hashed = PageHandoff<HashedEntries>(capacity: 2)
            Thread { read.finish(Result { try reader.read { try read.put($0) } }) }.start()
            Thread { hashed.finish(Result { try read.forEach { try hashed.put(HashedEntries($0)) } }) }.start()
            return try await withCheckedThrowingContinuation { continuation in
                Thread { continuation.resume(with: Result { try hashed.forEach(visit) }) }.start()
            }
        }
        let scans = try store.databasesOnEachEventLoop(count: 2).map { database in
            guard let postgres = database as? any PostgresDatabase else { throw StoreError.closed }
            return LedgerEntryScan(database: postgres, pageSize: pageSize)
        }
        func read(_ page: Int) -> Task<HashedEntries, any Error> {
            let scan = scans[page % scans.count]
            return Task { HashedEntries(try await scan.page(from: Int64(page * scan.pageSize))) }
        }
        var inFlight = (0..<scans.count).map(read)
        defer { inFlight.forEach { $0.cancel() } }
        for number in scans.count... {
            let page = try await inFlight.removeFirst().value
            if page.batch.count == pageSize { inFlight.append(read(number)) }
            try visit(page)
            if page.batch.count < pageSize { return }
        }
    }

    /// Compares the stored tiles with those of the recomputed tree: a tile
    /// in the tree but not stored, holding another hash, or stored but not in
    /// the tree is a divergence, named by the first node that differs.
    private func compareTiles(_ tree: TreeLevels, on sql: any SQLDatabase) async throws -> Int {
        var stored: [TileAddress: [UInt8]] = [:]
        for row in try await sql.select().columns("level", "idx", "hashes").from(LedgerTable.tiles).all() {
            let tile = TileAddress(
                level: Int(try row.decode(column: "level", as: Int16.self)),
                index: UInt64(clamping: try row.decode(column: "idx", as: Int64.self))
            )
            stored[tile] = [UInt8](try row.decode(column: "hashes", as: Data.self))
        }
        var compared = 0
        // The partial level-0 tile is the entries' own leaf hashes, checked with them.
        for tile in TileLayout.tiles(treeSize: tree.size) where tile.level > 0 || !tile.isPartial {
            let address = TileAddress(level: tile.level, index: tile.index)
            guard let bytes = stored.removeValue(forKey: address) else {
                throw LedgerDivergence(place: .node(address.node(at: 0)), subject: nil, detail: "\(address) is missing from the stored tree")
            }
            for (offset, hash) in tree.hashes(of: tile).enumerated() {
                let storedHash = bytes.dropFirst(offset * Hash.byteCount).prefix(Hash.byteCount)
                let same = storedHash.withUnsafeBytes { stored in (try? Hash(copying: stored)) == hash }
                guard !same else { continue }
                let node = address.node(at: offset)
                throw LedgerDivergence(
                    place: .node(node), subject: nil,
                    detail: "\(address) holds \(Data(storedHash).hexText) where entries \(node.leafRange.lowerBound)..<\(node.leafRange.upperBound) give \(hash.hex)"
                )
            }
            guard bytes.count == tile.width * Hash.byteCount else {
                throw LedgerDivergence(
                    place: .node(address.node(at: tile.width)), subject: nil,
                    detail: "\(address) is \(bytes.count) bytes, the tree gives it \(tile.width) hashes"
                )
            }
            compared += tile.width
        }
        if let stray = stored.keys.min() {
            throw LedgerDivergence(place: .node(stray.node(at: 0)), subject: nil, detail: "\(stray) is stored, but the entries do not reach it")
        }
        return compared
    }

    private func checkHeadAndCheckpoints(_ tree: TreeLevels, on sql: any SQLDatabase) async throws -> Int {
        let size = tree.size
        let head: LedgerHead
        do { head = try await LedgerHead.read(on: sql) } catch {
            throw LedgerDivergence(place: .head, subject: nil, detail: "unreadable: \(error)")
        }
        guard head.frontier.size == size else {
            throw LedgerDivergence(place: .head, subject: nil, detail: "records size \(head.frontier.size), the entries number \(size)")
        }
        guard head.frontier.hashes == tree.frontier(size: size) else {
            throw LedgerDivergence(place: .head, subject: nil, detail: "the stored frontier differs from the recomputed one")
        }
        var notes = try await store.ledger.checkpointHistory()
        if size > 0 { notes.append((size, head.checkpoint)) }
        for (storedSize, note) in notes {
            try check(note, storedSize: storedSize, tree)
        }
        return notes.count
    }

    private func check(_ note: String, storedSize: UInt64, _ tree: TreeLevels) throws {
        let treeSize = tree.size
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
        let root = tree.root(size: checkpoint.size)
        guard checkpoint.root == root else {
            throw LedgerDivergence(
                place: .checkpoint(size: storedSize), subject: nil,
                detail: "signs root \(checkpoint.root.base64), the tree at that size has \(root.base64)"
            )
        }
    }

    private func compareCoveredRows(
        _ tables: [String: CoveredTables.Rows], claims latest: [DomainEvent.Subject: (index: UInt64, fields: [String: String])]
    ) async throws -> Int {
        var compared = 0
        for (kind, rows) in tables.sorted(by: { $0.key < $1.key }) {
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

/// The entries' part of the fsck: every leaf recomputed and compared with
/// the stored leaf hash and subject columns, the tree grown from the leaves,
/// and the newest entry about each covered row kept for the row comparison.
private final class EntryCheck: @unchecked Sendable {
    // One page at a time, from one thread at a time (the checking stage's).
    private(set) var tree = TreeLevels()
    private(set) var latest: [DomainEvent.Subject: (index: UInt64, bytes: [UInt8])] = [:]
    /// Kinds compared as bytes: a string made of every entry's kind cost more than hashing the entry.
    private let coveredKinds = CoveredTables.all.keys.map { Array($0.utf8) }

    func check(_ hashed: HashedEntries) throws {
        let batch = hashed.batch
        for (row, (leaf, sound)) in zip(batch.rows, hashed.leaves) {
            let index = tree.size
            guard row.index == Int64(index) else {
                throw LedgerDivergence(
                    place: .entry(index: index), subject: nil,
                    detail: row.index < 0 ? "negative index \(row.index)" : "missing; the next stored entry is \(row.index)"
                )
            }
            guard sound else { throw LedgerCheck.divergence(of: batch.stored(row), leafHash: leaf) }
            tree.append(leaf)
            let kind = batch.bytes[row.subjectKind]
            if coveredKinds.contains(where: { $0.elementsEqual(kind) }) {
                let subject = DomainEvent.Subject(
                    kind: String(decoding: kind, as: UTF8.self), id: String(decoding: batch.bytes[row.subjectID], as: UTF8.self)
                )
                latest[subject] = (index, Array(batch.bytes[row.entry]))
            }
        }
    }
}

/// A page of entries with each row's leaf hash, and whether its stored leaf
/// hash and subject columns agree with its bytes: the hashing is most of
/// the check's own work, so it runs apart from the rest.
private struct HashedEntries: Sendable {
    let batch: LedgerEntryBatch
    let leaves: [(Hash, Bool)]

    init(_ batch: LedgerEntryBatch) {
        self.batch = batch
        let hash: @Sendable (LedgerEntryBatch.Row) -> (Hash, Bool) = { row in
            batch.bytes.withUnsafeBytes { bytes in
                let entry = UnsafeRawBufferPointer(rebasing: bytes[row.entry])
                let leaf = TreeHasher.leafHash(entry)
                guard let stored = row.leafHash, let storedLeaf = try? Hash(copying: UnsafeRawBufferPointer(rebasing: bytes[stored])),
                    let subject = LedgerEntry.subjectRanges(in: entry)
                else { return (leaf, false) }
                let sound = leaf == storedLeaf
                    && UnsafeRawBufferPointer(rebasing: entry[subject.kind]).elementsEqual(UnsafeRawBufferPointer(rebasing: bytes[row.subjectKind]))
                    && UnsafeRawBufferPointer(rebasing: entry[subject.id]).elementsEqual(UnsafeRawBufferPointer(rebasing: bytes[row.subjectID]))
                return (leaf, sound)
            }
        }
        leaves = batch.rows.map(hash)
    }
}
