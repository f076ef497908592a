import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The entries' part of the fsck: every entry read in index order, its leaf
/// recomputed and compared with its stored leaf hash and subject columns,
/// and the tree grown from the leaves.
///
/// The work is done a page at a time, and each page on its own: a page is a
/// power of two of entries at an index that is a multiple of it, so its
/// leaves, and every perfect subtree inside it, are hashed by whichever
/// thread or task read it. Only joining the pages' subtrees in order, a few
/// hashes per page, is left to one thread; reading and hashing, nearly all
/// of the fsck's work, use every processor.
extension LedgerCheck {
    /// The tree the stored entries make, and the newest entry about each
    /// covered row, for the row comparison.
    func checkEntries() async throws -> (tree: TreeLevels, latest: [DomainEvent.Subject: (index: UInt64, bytes: [UInt8])]) {
        let join = PageJoin()
        try await readPages { try join.add($0) }
        try await findStray(beyond: join.tree.size)
        return (join.tree, join.latest)
    }

    /// Hands every page to `visit` in index order until `visit` says it was
    /// the last. Pages are read four ahead on four connections, each checked
    /// by the task that read it, so the database reads pages while others
    /// are hashed.
    private func readPages(_ visit: @escaping @Sendable (CheckedPage) throws -> Bool) async throws {
        let coveredKinds = CoveredTables.all.keys.map { Array($0.utf8) }
        let pageSize = self.pageSize
        let logs = try store.databasesOnEachEventLoop(count: 4).map { database in
            guard let sql = database as? any SQLDatabase else { throw StoreError.closed }
            return SQLLedgerLog(db: sql)
        }
        func read(_ page: Int) -> Task<CheckedPage, any Error> {
            let log = logs[page % logs.count]
            let start = page * pageSize
            return Task {
                let batch = try await log.storedRows(Int64(start)..<Int64(start + pageSize))
                return CheckedPage(batch, start: UInt64(start), pageSize: pageSize, coveredKinds: coveredKinds)
            }
        }
        var inFlight = (0..<logs.count).map(read)
        defer { inFlight.forEach { $0.cancel() } }
        for number in logs.count... {
            let page = try await inFlight.removeFirst().value
            if page.isFull { inFlight.append(read(number)) }
            guard try visit(page) else { return }
        }
    }

    /// Pages are read by index, so an entry below 0 or beyond a gap is in
    /// none of them; any such entry is named here. Range look-ups, not one
    /// `idx < 0 OR idx >= size`, which SQLite answers by scanning the log.
    private func findStray(beyond size: UInt64) async throws {
        let sql = try store.sql()
        let first: (SQLQueryString) async throws -> Int64? = { condition in
            try await sql.raw("SELECT min(idx) AS idx FROM \(ident: LedgerTable.entries) WHERE \(condition)").first()?
                .decode(column: "idx", as: Int64?.self)
        }
        if let index = try await first("idx < 0") {
            throw LedgerDivergence(place: .entry(index: size), subject: nil, reason: .negativeIndex(index))
        }
        if let index = try await first("idx >= \(bind: Int64(size))") {
            throw LedgerDivergence(place: .entry(index: size), subject: nil, reason: .missing(nextStored: index))
        }
    }
}

/// One page of entries, checked on its own: the perfect subtrees of its
/// leaves, the first entry that is wrong, and the entries about covered rows.
struct CheckedPage: Sendable {
    /// The index the page starts at, a multiple of its size.
    let start: UInt64
    let isFull: Bool
    /// The page's leaves up to the first wrong entry, with every perfect
    /// subtree among them.
    let subtrees: TreeLevels
    /// What is wrong with the first wrong entry, if one is.
    let divergence: LedgerDivergence?
    /// The entries about covered rows, in index order.
    let covered: [(subject: DomainEvent.Subject, index: UInt64, bytes: [UInt8])]

    init(_ batch: LedgerEntryBatch, start: UInt64, pageSize: Int, coveredKinds: [[UInt8]]) {
        self.start = start
        isFull = batch.count == pageSize
        var subtrees = TreeLevels()
        var divergence: LedgerDivergence?
        var covered: [(subject: DomainEvent.Subject, index: UInt64, bytes: [UInt8])] = []
        batch.bytes.withUnsafeBytes { bytes in
            for (offset, row) in batch.rows.enumerated() {
                let index = start + UInt64(offset)
                guard row.index == Int64(index) else {
                    divergence = LedgerDivergence(
                        place: .entry(index: index), subject: nil, reason: .missing(nextStored: row.index)
                    )
                    return
                }
                let entry = UnsafeRawBufferPointer(rebasing: bytes[row.entry])
                let leaf = TreeHasher.leafHash(entry)
                guard Self.isSound(row, leaf: leaf, entry: entry, in: bytes) else {
                    divergence = Self.divergence(of: batch.stored(row), leafHash: leaf)
                    return
                }
                subtrees.append(leaf)
                let kind = UnsafeRawBufferPointer(rebasing: bytes[row.subjectKind])
                if coveredKinds.contains(where: { $0.elementsEqual(kind) }) {
                    let subject = DomainEvent.Subject(
                        kind: String(decoding: kind, as: UTF8.self), id: String(decoding: bytes[row.subjectID], as: UTF8.self)
                    )
                    covered.append((subject, index, Array(entry)))
                }
            }
        }
        self.subtrees = subtrees
        self.divergence = divergence
        self.covered = covered
    }

    /// Whether the stored leaf hash and subject columns agree with the entry.
    private static func isSound(
        _ row: LedgerEntryBatch.Row, leaf: Hash, entry: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer
    ) -> Bool {
        switch row.leafHash {
        case .at(let stored):
            guard let storedLeaf = try? Hash(copying: UnsafeRawBufferPointer(rebasing: bytes[stored])), storedLeaf == leaf else { return false }
        case .absent: return false
        }
        guard let subject = LedgerEntry.subjectRanges(in: entry) else { return false }
        return UnsafeRawBufferPointer(rebasing: entry[subject.kind]).elementsEqual(UnsafeRawBufferPointer(rebasing: bytes[row.subjectKind]))
            && UnsafeRawBufferPointer(rebasing: entry[subject.id]).elementsEqual(UnsafeRawBufferPointer(rebasing: bytes[row.subjectID]))
    }

    /// What is wrong with an entry whose leaf hash or subject does not match
    /// its columns, decoded in full only now, since only now it matters.
    private static func divergence(of stored: StoredEntry, leafHash: Hash) -> LedgerDivergence {
        let index = UInt64(stored.index)
        let entry: LedgerEntry
        do { entry = try LedgerEntry(decoding: stored.bytes) } catch {
            return LedgerDivergence(place: .entry(index: index), subject: stored.subject, reason: .notCanonical(error: "\(error)"))
        }
        let encoded = DomainEvent.Subject(kind: entry.subjectKind, id: entry.subjectID)
        guard encoded == stored.subject else {
            return LedgerDivergence(
                place: .entry(index: index), subject: encoded,
                reason: .indexedAs(stored.subject, entryIsAbout: encoded)
            )
        }
        return LedgerDivergence(
            place: .entry(index: index), subject: stored.subject,
            reason: .leafHash(computed: leafHash.hex, stored: stored.leafHash.map(HexCoding.encode))
        )
    }
}

/// Joins checked pages, in index order, into the whole tree, and keeps the
/// newest entry about each covered row.
private final class PageJoin: @unchecked Sendable {
    // One page at a time, from one thread at a time (the joining one's).
    private(set) var tree = TreeLevels()
    private(set) var latest: [DomainEvent.Subject: (index: UInt64, bytes: [UInt8])] = [:]

    /// Adds a page; false after the last one. Throws the page's divergence.
    func add(_ page: CheckedPage) throws -> Bool {
        precondition(page.start == tree.size, "pages are joined in order")
        tree.append(alignedSubtrees: page.subtrees)
        for claim in page.covered { latest[claim.subject] = (claim.index, claim.bytes) }
        if let divergence = page.divergence { throw divergence }
        return page.isFull
    }
}
