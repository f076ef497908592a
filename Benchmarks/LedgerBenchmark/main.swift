// Ledger benchmarks (issues 4 and 15), each beside a reference measured in this run:
//
// - appends/s, one entry per durable transaction through the write path
//   (`Journal.commit`: the entry, its leaf hash, any tile it completes, the
//   head and a signed checkpoint), and, for information, changes/s of a real
//   command (`accounts.add`: a covered row written through Fluent plus its
//   entry), both against plain one-row durable INSERTs into the same database,
//   one writer, rounds interleaved;
// - inclusion and consistency proof latency at 10^6 entries;
// - fsck of 10^6 entries against the time raw SHA-256 needs for the bytes fsck
//   must hash.
//
// SQLite always (a WAL file in a temporary folder, as the server keeps it);
// PostgreSQL when DATABASE_URL is set, in a fresh schema dropped afterwards.
// Settings come from the environment; see Benchmarks/ledger-benchmark.sh.

import Crypto
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOPosix
import PermitCommands
import PermitCore
import PermitLedger
@_spi(Benchmarking) import PermitStore
import SQLKit

struct Settings {
    var entries = 1_000_000
    var rounds = 5
    var appends = 2_000
    var proofs = 2_000
    var fsckRounds = 3
    var batch = 10_000
    var postgresURL: String?
    var workDirectory = FileManager.default.temporaryDirectory

    static func fromEnvironment() -> Settings {
        let environment = ProcessInfo.processInfo.environment
        func number(_ name: String, _ fallback: Int) -> Int { environment[name].flatMap(Int.init) ?? fallback }
        var settings = Settings()
        settings.entries = number("ENTRIES", settings.entries)
        settings.rounds = number("ROUNDS", settings.rounds)
        settings.appends = number("APPENDS", settings.appends)
        settings.proofs = number("PROOFS", settings.proofs)
        settings.fsckRounds = number("FSCK_ROUNDS", settings.fsckRounds)
        settings.batch = number("BATCH", settings.batch)
        settings.postgresURL = environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let directory = environment["WORK_DIR"], !directory.isEmpty {
            settings.workDirectory = URL(fileURLWithPath: directory)
        }
        return settings
    }
}

/// One line of the final table.
struct Row {
    let name: String
    let value: String
    let reference: String
    let ratio: String
    let goal: String
}

func log(_ text: String) {
    FileHandle.standardError.write(Data("[ledger-bench] \(text)\n".utf8))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

/// Nearest-rank percentile.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
}

func format(_ value: Double, _ digits: Int = 0) -> String {
    String(format: "%.\(digits)f", value)
}

/// Peak resident memory since the last reset, from the kernel's own count.
func peakResidentMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kiB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return nil }
    return kiB / 1024
}

/// Writing 5 to clear_refs makes VmHWM start again from the current RSS, so a
/// phase's peak is not the fill's.
func resetPeakResident() {
    try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
}

/// Reproducible indices and sizes, so two runs ask for the same proofs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum BenchmarkFailure: Error, CustomStringConvertible {
    case proofMismatch(String)
    case wrongSize(UInt64)

    var description: String {
        switch self {
        case .proofMismatch(let detail): "a proof does not match the log: \(detail)"
        case .wrongSize(let size): "fsck saw \(size) entries"
        }
    }
}

/// The reference connection: the same driver, pool and database as the store
/// uses, but none of its code.
final class PlainDatabase {
    let databases: Databases
    let sql: any SQLDatabase

    init(location: DatabaseLocation) throws {
        databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqliteFile(let path):
            databases.use(.sqlite(.init(storage: .file(path: path))), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(.postgres(configuration: configuration), as: .psql)
        case .sqliteInMemory:
            preconditionFailure("the reference must be durable")
        }
        var logger = Logger(label: "ledger-bench.plain")
        logger.logLevel = .warning
        guard let sql = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()) as? any SQLDatabase
        else { preconditionFailure("SQL drivers only") }
        self.sql = sql
    }

    /// What makes a commit durable here, printed so the record shows it.
    func durability(isSQLite: Bool) async throws -> String {
        if isSQLite {
            let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self) ?? "?"
            let sync = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) ?? -1
            return "journal_mode=\(mode) synchronous=\(sync)\(sync == 2 ? " (FULL)" : "")"
        }
        var settings: [String] = []
        for name in ["fsync", "synchronous_commit", "wal_sync_method", "server_version"] {
            let value = try await sql.raw("SHOW \(unsafeRaw: name)").first()?.decode(column: name, as: String.self) ?? "?"
            settings.append("\(name)=\(value)")
        }
        return settings.joined(separator: " ")
    }

    func shutdown() async {
        await databases.shutdownAsync()
    }
}

/// Rounds of A ledger appends and A plain inserts, alternating which goes first.
struct AppendBenchmark {
    let store: Store
    let plain: PlainDatabase
    var nextPlainID: Int64 = 1
    var nextDistrict = 100_000
    /// About the size of a district row, so both write similar user data.
    let payload = String(repeating: "x", count: 48)

    init(store: Store, plain: PlainDatabase) {
        self.store = store
        self.plain = plain
    }

    mutating func plainInserts(_ count: Int) async throws -> Double {
        let start = ContinuousClock.now
        for _ in 0..<count {
            try await plain.sql.raw("INSERT INTO bench_plain (id, payload) VALUES (\(bind: nextPlainID), \(bind: payload))").run()
            nextPlainID += 1
        }
        return Double(count) / seconds(ContinuousClock.now - start)
    }

    mutating func ledgerAppends(_ count: Int) async throws -> Double {
        let start = ContinuousClock.now
        for _ in 0..<count {
            let event = DomainEvent(
                kind: .init(rawValue: "benchmark.appended"), actor: .system("benchmark"),
                subject: .init(kind: "benchmark", id: String(nextDistrict)), occurredAt: Date(),
                fields: ["payload": payload]
            )
            try await store.ledger.appendUncovered([event])
            nextDistrict += 1
        }
        return Double(count) / seconds(ContinuousClock.now - start)
    }

    mutating func districtChanges(_ count: Int) async throws -> Double {
        let start = ContinuousClock.now
        for _ in 0..<count {
            let code = DistrictCode(rawValue: String(nextDistrict))!
            _ = try await DistrictCommands.add(
                code: code.rawValue, name: "基准区\(nextDistrict)", level: "district",
                in: .system("benchmark", clock: SystemWallClock(), store: store)
            )
            nextDistrict += 1
        }
        return Double(count) / seconds(ContinuousClock.now - start)
    }

    /// Per-round rates of each series, the order rotating every round.
    mutating func run(_ settings: Settings) async throws -> (ledger: [Double], changes: [Double], plain: [Double]) {
        try await plain.sql.raw("CREATE TABLE bench_plain (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)").run()
        _ = try await plainInserts(max(1, settings.appends / 10))
        _ = try await ledgerAppends(max(1, settings.appends / 10))
        _ = try await districtChanges(max(1, settings.appends / 10))
        var rates: [[Double]] = [[], [], []]
        for round in 0..<settings.rounds {
            for offset in 0..<3 {
                let series = (round + offset) % 3
                let rate = switch series {
                case 0: try await ledgerAppends(settings.appends)
                case 1: try await districtChanges(settings.appends)
                default: try await plainInserts(settings.appends)
                }
                rates[series].append(rate)
            }
            log("  round \(round + 1): ledger \(format(rates[0].last!)) appends/s, changes \(format(rates[1].last!))/s, plain \(format(rates[2].last!)) inserts/s")
        }
        return (rates[0], rates[1], rates[2])
    }
}

/// Fills the log to `target` entries, `batch` per transaction, through the
/// write path's append.
func fill(_ store: Store, to target: UInt64, batch: Int) async throws -> Double {
    var size = try await store.ledger.size()
    let start = ContinuousClock.now
    let first = size
    var reported = size / 100_000
    while size < target {
        let count = Int(min(UInt64(batch), target - size))
        let now = Date()
        let events = (0..<count).map { offset in
            let number = size + UInt64(offset)
            return DomainEvent(
                kind: .init(rawValue: "benchmark.filled"), actor: .system("benchmark"),
                subject: .init(kind: "benchmark", id: String(number)), occurredAt: now,
                fields: ["code": String(100_000 + number % 900_000), "level": "district", "name": "基准区\(number)"]
            )
        }
        try await store.ledger.appendUncovered(events)
        size += UInt64(count)
        if size / 100_000 > reported {
            reported = size / 100_000
            log("  filled \(size) entries")
        }
    }
    return Double(size - first) / seconds(ContinuousClock.now - start)
}

struct ProofFigures {
    var inclusion: [Double] = []
    var consistency: [Double] = []
    var checked = 0
}

/// Times random proofs at the current size, then checks that they are real:
/// every one verifies and names the signed head's root, a sample's leaf is
/// the stored entry's hash, and the kept historical checkpoints are proven
/// consistent with today's tree.
func measureProofs(_ store: Store, count: Int) async throws -> ProofFigures {
    let size = try await store.ledger.size()
    let head = try SignedCheckpoint(
        verifying: try await store.ledger.checkpoint(), verifier: store.signer.verifierKey, origin: store.signer.origin
    ).checkpoint
    guard head.size == size else { throw BenchmarkFailure.wrongSize(head.size) }
    var random = SplitMix64(state: 4)
    for _ in 0..<min(200, count) {
        _ = try await store.ledger.inclusionProof(index: random.next() % size, size: size)
        _ = try await store.ledger.consistencyProof(size1: 1 + random.next() % size, size2: size)
    }

    var figures = ProofFigures()
    var inclusions: [InclusionProofFile] = []
    var consistencies: [ConsistencyProofFile] = []
    for _ in 0..<count {
        let index = random.next() % size
        let start = ContinuousClock.now
        let proof = try await store.ledger.inclusionProof(index: index, size: size)
        figures.inclusion.append(seconds(ContinuousClock.now - start) * 1000)
        inclusions.append(proof)
    }
    for _ in 0..<count {
        let older = 1 + random.next() % size
        let start = ContinuousClock.now
        let proof = try await store.ledger.consistencyProof(size1: older, size2: size)
        figures.consistency.append(seconds(ContinuousClock.now - start) * 1000)
        consistencies.append(proof)
    }

    for proof in inclusions {
        try proof.verify()
        guard proof.root == head.root.bytes else { throw BenchmarkFailure.proofMismatch("inclusion root at \(proof.leafIdx)") }
    }
    for proof in inclusions.prefix(200) {
        guard let entry = try await store.ledger.entries(proof.leafIdx..<proof.leafIdx + 1).first,
              entry.leafHash.bytes == proof.leafHash
        else { throw BenchmarkFailure.proofMismatch("leaf hash of entry \(proof.leafIdx)") }
    }
    for proof in consistencies {
        try proof.verify()
        guard proof.root2 == head.root.bytes else { throw BenchmarkFailure.proofMismatch("consistency root from \(proof.size1)") }
    }
    let history = try await store.ledger.checkpointHistory()
    for (oldSize, note) in history.suffix(100) where oldSize < size {
        let old = try SignedCheckpoint(verifying: note, verifier: store.signer.verifierKey, origin: store.signer.origin).checkpoint
        let proof = try await store.ledger.consistencyProof(size1: oldSize, size2: size)
        try proof.verify()
        guard proof.root1 == old.root.bytes, proof.root2 == head.root.bytes else {
            throw BenchmarkFailure.proofMismatch("history checkpoint \(oldSize)")
        }
    }
    figures.checked = inclusions.count + consistencies.count + min(100, history.count)
    return figures
}

/// What fsck must hash: every entry once as a leaf (`0x00 ‖ entry`) and every
/// interior node of the tree (`0x01 ‖ left ‖ right`, 65 bytes).
struct HashWork {
    var leafSizes: [Int] = []
    var interiorNodes = 0

    var leafBytes: Int { leafSizes.reduce(0) { $0 + $1 + 1 } }
    var totalBytes: Int { leafBytes + 65 * interiorNodes }

    static func read(_ store: Store) async throws -> HashWork {
        let size = try await store.ledger.size()
        var work = HashWork()
        work.leafSizes.reserveCapacity(Int(size))
        var next: UInt64 = 0
        while next < size {
            let page = try await store.ledger.entries(next..<min(size, next + 50_000))
            work.leafSizes += page.map(\.bytes.count)
            next += UInt64(page.count)
        }
        // The levels fsck recomputes: each pairs up the one below.
        var width = work.leafSizes.count
        while width > 1 {
            work.interiorNodes += width / 2
            width /= 2
        }
        return work
    }

    /// The bound: one SHA-256 stream over as many bytes, no per-message cost.
    func rawHashSeconds() -> Double {
        let chunk = [UInt8](repeating: 0x5A, count: 1 << 20)
        var hasher = SHA256()
        var remaining = totalBytes
        let start = ContinuousClock.now
        while remaining > 0 {
            let length = min(remaining, chunk.count)
            chunk.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<length])) }
            remaining -= length
        }
        _ = hasher.finalize()
        return seconds(ContinuousClock.now - start)
    }

    /// The same messages one by one with the ledger's own hash functions: the
    /// least any recomputation of this tree can cost, padding and
    /// finalisation included.
    func perMessageHashSeconds() -> Double {
        let scratch = [UInt8](repeating: 0x5A, count: (leafSizes.max() ?? 0) + 1)
        var node = TreeHasher.emptyRoot
        let start = ContinuousClock.now
        var leaf = node
        for size in leafSizes {
            leaf = TreeHasher.leafHash(scratch[..<size])
        }
        for _ in 0..<interiorNodes {
            node = TreeHasher.nodeHash(node, leaf)
        }
        let elapsed = seconds(ContinuousClock.now - start)
        precondition(node != leaf, "keeps the hashing from being optimised away")
        return elapsed
    }
}

struct FsckFigures {
    var fsck: [Double] = []
    var raw: [Double] = []
    var perMessage: [Double] = []
    var peakMiB: [Double] = []
    var work = HashWork()
    var summary: LedgerCheckSummary?
}

/// Alternates fsck with the hashing references, so both see the same noise.
func measureFsck(_ store: Store, rounds: Int) async throws -> FsckFigures {
    var figures = FsckFigures()
    figures.work = try await HashWork.read(store)
    log("  fsck must hash \(figures.work.leafSizes.count) leaves (\(figures.work.leafBytes) bytes) and \(figures.work.interiorNodes) interior nodes: \(figures.work.totalBytes) bytes")
    for round in 0..<rounds {
        resetPeakResident()
        let before = peakResidentMiB() ?? 0
        let start = ContinuousClock.now
        let summary = try await store.ledger.check()
        figures.fsck.append(seconds(ContinuousClock.now - start))
        if let peak = peakResidentMiB() { figures.peakMiB.append(peak - before) }
        guard Int(summary.entries) == figures.work.leafSizes.count else { throw BenchmarkFailure.wrongSize(summary.entries) }
        figures.summary = summary
        figures.raw.append(figures.work.rawHashSeconds())
        figures.perMessage.append(figures.work.perMessageHashSeconds())
        log("  round \(round + 1): fsck \(format(figures.fsck.last!, 2)) s, raw SHA-256 \(format(figures.raw.last!, 3)) s, per-message \(format(figures.perMessage.last!, 3)) s")
    }
    return figures
}

func benchmark(_ name: String, location: DatabaseLocation, isSQLite: Bool, settings: Settings) async throws -> [Row] {
    log("\(name): opening \(location)")
    let signer = LedgerSigner(key: try NoteSignerKey(name: "permittrail/benchmark"))
    let store = try Store.standalone(location: location, signer: signer, label: "ledger-bench")
    try await store.migrate()
    let plain = try PlainDatabase(location: location)
    var rows: [Row] = []
    do {
        let durability = try await plain.durability(isSQLite: isSQLite)
        log("\(name): \(durability)")

        log("\(name): appends, \(settings.rounds) rounds of \(settings.appends) each")
        var appends = AppendBenchmark(store: store, plain: plain)
        let (ledgerRates, changeRates, plainRates) = try await appends.run(settings)
        let plainRate = median(plainRates)
        let appendRatio = median(ledgerRates) / plainRate
        rows.append(Row(
            name: "\(name): appends/s, one entry per durable commit (median of \(settings.rounds))",
            value: format(median(ledgerRates)), reference: "\(format(plainRate)) plain 1-row INSERT/s",
            ratio: "\(format(appendRatio * 100))%", goal: median(ledgerRates) >= 500 ? "met (≥ 500/s)" : "NOT met (≥ 500/s)"
        ))
        let changeRatio = median(changeRates) / plainRate
        rows.append(Row(
            name: "\(name): changes/s, a district row through Fluent plus its entry (informative)",
            value: format(median(changeRates)), reference: "\(format(plainRate)) plain 1-row INSERT/s",
            ratio: "\(format(changeRatio * 100))%", goal: "—"
        ))
        log("\(name): per-round ledger \(ledgerRates.map { format($0) }.joined(separator: ", "))")
        log("\(name): per-round changes \(changeRates.map { format($0) }.joined(separator: ", "))")
        log("\(name): per-round plain \(plainRates.map { format($0) }.joined(separator: ", "))")

        log("\(name): filling the log to \(settings.entries) entries, \(settings.batch) per transaction")
        let fillRate = try await fill(store, to: UInt64(settings.entries), batch: settings.batch)
        log("\(name): filled at \(format(fillRate)) entries/s")

        log("\(name): \(settings.proofs) inclusion and \(settings.proofs) consistency proofs")
        let proofs = try await measureProofs(store, count: settings.proofs)
        log("\(name): \(proofs.checked) proofs verified against the signed head and history")
        for (kind, latencies) in [("inclusion", proofs.inclusion), ("consistency", proofs.consistency)] {
            let p99 = percentile(latencies, 0.99)
            rows.append(Row(
                name: "\(name): \(kind) proof at \(settings.entries) entries, p50 / p99 ms (n=\(latencies.count))",
                value: "\(format(percentile(latencies, 0.5), 3)) / \(format(p99, 3))", reference: "—",
                ratio: "—", goal: p99 < 5 ? "met (p99 < 5 ms)" : "NOT met (p99 < 5 ms)"
            ))
        }

        log("\(name): fsck, \(settings.fsckRounds) rounds")
        let fsck = try await measureFsck(store, rounds: settings.fsckRounds)
        let fsckTime = median(fsck.fsck)
        let rawTime = median(fsck.raw)
        let fsckRatio = fsckTime / rawTime
        let summary = fsck.summary!
        log("\(name): fsck checked \(summary.entries) entries, \(summary.nodes) nodes, \(summary.checkpoints) checkpoints, \(summary.coveredRows) covered rows")
        rows.append(Row(
            name: "\(name): fsck of \(summary.entries) entries, s (median of \(settings.fsckRounds))",
            value: format(fsckTime, 2),
            reference: "\(format(rawTime, 3)) s raw SHA-256 of \(format(Double(fsck.work.totalBytes) / 1e6)) MB (\(format(Double(fsck.work.totalBytes) / rawTime / 1e9, 2)) GB/s)",
            ratio: "\(format(fsckRatio, 1))×", goal: fsckTime < 10 ? "met (< 10 s)" : "NOT met (< 10 s)"
        ))
        rows.append(Row(
            name: "\(name): fsck against per-message hashing of the same tree (informative)",
            value: format(fsckTime, 2), reference: "\(format(median(fsck.perMessage), 3)) s, one SHA-256 per leaf and node",
            ratio: "\(format(fsckTime / median(fsck.perMessage), 1))×", goal: "—"
        ))
        if !fsck.peakMiB.isEmpty {
            rows.append(Row(
                name: "\(name): fsck peak RSS growth, MiB (max of rounds)", value: format(fsck.peakMiB.max()!),
                reference: "—", ratio: "—", goal: "—"
            ))
        }
    } catch {
        await plain.shutdown()
        try? await store.dropSchema()
        await store.shutdown()
        throw error
    }
    await plain.shutdown()
    try await store.dropSchema()
    await store.shutdown()
    return rows
}

func run() async throws {
    let settings = Settings.fromEnvironment()
    let folder = settings.workDirectory.appendingPathComponent("ledger-bench-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    var rows = try await benchmark(
        "SQLite", location: .sqliteFile(path: folder.appendingPathComponent("ledger.sqlite").path), isSQLite: true,
        settings: settings
    )
    if let url = settings.postgresURL {
        let schema = "ledger_bench_\(UUID().uuidString.prefix(8).lowercased())"
        rows += try await benchmark("PostgreSQL", location: .postgres(url: url, schema: schema), isSQLite: false, settings: settings)
    } else {
        log("DATABASE_URL unset: PostgreSQL skipped")
    }

    print("| Benchmark | Measured | Reference (same run) | Ratio | Goal |")
    print("| --- | ---: | --- | ---: | --- |")
    for row in rows {
        print("| \(row.name) | \(row.value) | \(row.reference) | \(row.ratio) | \(row.goal) |")
    }
}

try await run()
