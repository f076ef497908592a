import FluentPostgresDriver
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
    /// - Parameter sqlite: the reader of an SQLite store; nil on PostgreSQL.
    func checkEntries(
        from sqlite: SQLiteLedgerReader?
    ) async throws -> (tree: TreeLevels, latest: [DomainEvent.Subject: (index: UInt64, bytes: [UInt8])]) {
        let join = PageJoin()
        try await readPages(from: sqlite) { try join.add($0) }
        try await findStray(beyond: join.tree.size)
        return (join.tree, join.latest)
    }

    /// Hands every page to `visit` in index order until `visit` says it was
    /// the last. SQLite is read through its C interface on one connection
    /// per processor, each reading and checking every n-th page; PostgreSQL
    /// four pages ahead on four connections, each page checked by the task
    /// that read it, so the server reads pages while others are hashed.
    private func readPages(from sqlite: SQLiteLedgerReader?, _ visit: @escaping @Sendable (CheckedPage) throws -> Bool) async throws {
        let coveredKinds = CoveredTables.all.keys.map { Array($0.utf8) }
        let pageSize = self.pageSize
        if let reader = sqlite {
            let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
            let pages = (0..<workers).map { _ in PageHandoff<CheckedPage>(capacity: 2) }
            for (worker, handoff) in pages.enumerated() {
                Thread {
                    handoff.finish(Result {
                        try reader.read(pages: stride(from: worker, to: Int.max, by: workers)) { number, batch in
                            try handoff.put(CheckedPage(batch, start: UInt64(number * pageSize), pageSize: pageSize, coveredKinds: coveredKinds))
                        }
                    })
                }.start()
            }
            return try await onThreadOfItsOwn {
                defer { pages.forEach { $0.cancel() } }
                for number in 0... {
                    guard let page = try pages[number % workers].take(), try visit(page) else { return }
                }
            }
        }
        let scans = try store.databasesOnEachEventLoop(count: 4).map { database in
            guard let postgres = database as? any PostgresDatabase else { throw StoreError.closed }
            return LedgerEntryScan(database: postgres, pageSize: pageSize)
        }
        func read(_ page: Int) -> Task<CheckedPage, any Error> {
            let scan = scans[page % scans.count]
            let start = page * pageSize
            return Task {
                CheckedPage(try await scan.page(from: Int64(start)), start: UInt64(start), pageSize: pageSize, coveredKinds: coveredKinds)
            }
        }
        var inFlight = (0..<scans.count).map(read)
        defer { inFlight.forEach { $0.cancel() } }
        for number in scans.count... {
            let page = try await inFlight.removeFirst().value
            if page.isFull { inFlight.append(read(number)) }
            guard try visit(page) else { return }
        }
    }

    /// Pages are read by index, so an entry below 0 or beyond a gap is in
    /// none of them, nor is a row an entry's bundle shadows; any such entry
    /// is named here. Range look-ups, not one `idx < 0 OR idx >= size`,
    /// which SQLite answers by scanning the log.
    private func findStray(beyond size: UInt64) async throws {
        let sql = try store.sql()
        let first: (String, SQLQueryString) async throws -> Int64? = { table, condition in
            try await sql.raw("SELECT min(idx) AS idx FROM \(ident: table) WHERE \(condition)").first()?
                .decode(column: "idx", as: Int64?.self)
        }
        let width = Int64(LedgerBundleStore.width)
        let keepsBundles = LedgerLayout(sql) == .bundles
        // The first index of any stray row, or of the first entry of any stray bundle.
        func firstStray(rows: SQLQueryString, bundles condition: SQLQueryString) async throws -> Int64? {
            let row = try await first(LedgerTable.entries, rows)
            guard keepsBundles else { return row }
            return [row, try await first(LedgerTable.bundles, condition).map { $0 * width }].compactMap { $0 }.min()
        }
        if let index = try await firstStray(rows: "idx < 0", bundles: "idx < 0") {
            throw LedgerDivergence(place: .entry(index: size), subject: nil, reason: .negativeIndex(index))
        }
        let beyond = try await firstStray(
            rows: "idx >= \(bind: Int64(size))", bundles: "idx >= \(bind: (Int64(size) + width - 1) / width)"
        )
        if let index = beyond {
            throw LedgerDivergence(place: .entry(index: size), subject: nil, reason: .missing(nextStored: index))
        }
        let bundled = Int64(size) / width * width
        if keepsBundles, let index = try await first(LedgerTable.entries, "idx < \(bind: bundled)") {
            throw LedgerDivergence(
                place: .entry(index: UInt64(index)), subject: nil, reason: .rowInBundle(bundle: UInt64(index / width))
            )
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
        self.divergence = divergence ?? batch.stop
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
        case .inUnreadableTile: break
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
