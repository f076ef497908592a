import FluentPostgresDriver
import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The entries' part of the fsck: every entry read in index order, its leaf
/// recomputed and compared with its stored leaf hash and subject columns,
/// and the tree grown from the leaves.
extension LedgerCheck {
    /// The tree the stored entries make, and the newest entry about each
    /// covered row, for the row comparison.
    func checkEntries() async throws -> (tree: TreeLevels, latest: [DomainEvent.Subject: (index: UInt64, bytes: [UInt8])]) {
        let entries = EntryCheck()
        try await readEntries { try entries.check($0) }
        return (entries.tree, entries.latest)
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
