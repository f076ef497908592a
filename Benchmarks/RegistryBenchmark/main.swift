import Foundation
import PermitCommands
import PermitCore
@_spi(Benchmarking) import PermitStore
import SQLKit

// Issue 5's import measurements, driven by Benchmarks/registry-benchmark.sh.
// One mode per process, so that the peak resident memory a process reports
// (VmHWM) belongs to that mode alone.
//
//   RegistryBenchmark districts      the district bureaus the rows use, "code<TAB>name" per line
//   RegistryBenchmark csv N FILE     N generated enterprises as an import CSV (fixed seed)
//   RegistryBenchmark import FILE    the CSV through EnterpriseRepository.importTable, the real write path
//   RegistryBenchmark plain FILE     the same rows as a plain batched INSERT in one transaction
//   RegistryBenchmark keyed FILE     as plain, into a table with the enterprise table's keys
//
// import and plain write to a fresh SQLite file in a temporary folder or, with
// DATABASE_URL=postgres://…, to a fresh schema dropped afterwards. Both time
// everything from reading the file to the commit, and print one line:
//   <mode> rows=… seconds=… rows_per_s=… parse_s=… vmhwm_kib=…

enum Fixture {
    /// Shanghai's district bureaus; the import refuses rows naming a district
    /// the database does not have, so every fresh database gets these first.
    static let shanghai: [(code: String, name: String)] = [
        ("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"), ("310107", "普陀区"),
        ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"), ("310113", "宝山区"), ("310114", "嘉定区"),
        ("310115", "浦东新区"), ("310116", "金山区"), ("310117", "松江区"), ("310118", "青浦区"), ("310120", "奉贤区"),
        ("310151", "崇明区"),
    ]
    static let districts = shanghai.map { District(code: DistrictCode(rawValue: $0.code)!, name: $0.name, level: .district) }
    /// The same file on every run and machine.
    static let seed: UInt64 = 5
    /// The reference inserts in batches of the size the import's write path uses.
    static let plainBatchRows = 500
    static let plainTable = "plain_enterprises"
}

struct Failure: Error, CustomStringConvertible {
    let description: String
}

/// Peak resident set size of this process, in KiB.
func peakResidentKiB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func readTable(_ path: String) throws -> [[String]] {
    guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
    return try CSVFile.table(data)
}

/// A store on a fresh database, migrated and with the districts registered;
/// `body` runs on it, and the database is removed afterwards.
func withFreshStore(_ body: (Store) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("registry-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let location: DatabaseLocation
    if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
        location = .postgres(url: url, schema: "registry_benchmark_\(getpid())")
    } else {
        location = .sqliteFile(path: folder.appendingPathComponent(DatabaseLocation.databaseFileName).path)
    }
    let store = try Store.standalone(
        location: location, signer: try LedgerSigner.load(configured: nil, dataDirectory: folder), label: "registry-benchmark"
    )
    do {
        try await store.migrate()
        for district in Fixture.districts {
            _ = try await DistrictCommands.add(
                code: district.code.rawValue, name: district.name, level: district.level.rawValue,
                in: .system("registry-benchmark", clock: SystemWallClock(), store: store)
            )
        }
        try await body(store)
        try await store.dropSchema()
        await store.shutdown()
    } catch {
        try? await store.dropSchema()
        await store.shutdown()
        throw error
    }
}

func report(_ mode: String, rows: Int, start: ContinuousClock.Instant, parse: Double) {
    let total = seconds(since: start)
    let figures = String(format: "seconds=%.3f rows_per_s=%.0f parse_s=%.3f", total, Double(rows) / total, parse)
    print("\(mode) rows=\(rows) \(figures) vmhwm_kib=\(peakResidentKiB())")
}

func importRows(_ path: String) async throws {
    try await withFreshStore { store in
        let start = ContinuousClock.now
        let table = try readTable(path)
        let parse = seconds(since: start)
        let result = try await EnterpriseCommands.importTable(
            table, skipInvalid: false, in: .system("registry-benchmark", clock: SystemWallClock(), store: store)
        )
        guard result.imported == table.count - 1 else {
            throw Failure(description: "imported \(result.imported) of \(table.count - 1) rows")
        }
        report("import", rows: result.imported, start: start, parse: parse)
    }
}

/// The references: the file's rows as they are, one text column per CSV
/// column, in one transaction, no validation and no ledger. `keyed` adds what
/// the enterprise table itself carries: a random UUID primary key, a unique
/// credit code and an index on the name, so the database's cost of storing
/// the rows with their keys is in the reference too; `plain` is a bare table.
/// Both go through SQLKit's `INSERT` builder; `bulk` is `keyed` through the
/// store's own bulk path (driver-bound values, `COPY` on PostgreSQL), the
/// fastest way this code has to store the same rows.
func plainRows(_ path: String, keyed: Bool, bulk: Bool = false) async throws {
    try await withFreshStore { store in
        let columns = EnterpriseColumn.allCases.map(\.rawValue)
        try await store.registryBenchmarkTransaction { sql in
            var create = sql.create(table: Fixture.plainTable)
            if keyed { create = create.column("id", type: .text, .primaryKey(autoIncrement: false)) }
            for column in columns { create = create.column(column, type: .text, .notNull) }
            try await create.run()
            guard keyed else { return }
            try await sql.create(index: "plain_credit_code").unique().on(Fixture.plainTable)
                .column(EnterpriseColumn.creditCode.rawValue).run()
            try await sql.create(index: "plain_name").on(Fixture.plainTable).column(EnterpriseColumn.name.rawValue).run()
        }
        let start = ContinuousClock.now
        let table = try readTable(path)
        let parse = seconds(since: start)
        let rows = table.dropFirst()
        try await store.registryBenchmarkTransaction { sql in
            if bulk {
                return try await Store.registryBenchmarkBulkInsert(
                    rows.map { [UUID().uuidString.lowercased()] + $0 }, into: Fixture.plainTable, columns: ["id"] + columns, on: sql
                )
            }
            for offset in stride(from: rows.startIndex, to: rows.endIndex, by: Fixture.plainBatchRows) {
                let batch = rows[offset..<min(offset + Fixture.plainBatchRows, rows.endIndex)]
                let values: [[any SQLExpression]] = batch.map { row in
                    (keyed ? [SQLBind(UUID().uuidString.lowercased())] : []) + row.map { SQLBind($0) }
                }
                try await sql.insert(into: Fixture.plainTable).columns((keyed ? ["id"] : []) + columns).rows(values).run()
            }
        }
        report(bulk ? "bulk" : keyed ? "keyed" : "plain", rows: rows.count, start: start, parse: parse)
    }
}

func writeCSV(count: Int, to path: String) throws {
    var generator = EnterpriseGenerator(seed: Fixture.seed, districts: Fixture.districts)
    try CSVFile.write(generator.table(count: count)).write(to: URL(fileURLWithPath: path))
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.count) {
    case ("districts", 1):
        for district in Fixture.shanghai { print("\(district.code)\t\(district.name)") }
    case ("csv", 3):
        guard let count = Int(arguments[1]), count > 0 else { throw Failure(description: "N must be a positive number") }
        try writeCSV(count: count, to: arguments[2])
    case ("import", 2):
        try await importRows(arguments[1])
    case ("plain", 2):
        try await plainRows(arguments[1], keyed: false)
    case ("keyed", 2):
        try await plainRows(arguments[1], keyed: true)
    case ("bulk", 2):
        try await plainRows(arguments[1], keyed: true, bulk: true)
    default:
        throw Failure(description: "usage: RegistryBenchmark districts | csv N FILE | import FILE | plain FILE | keyed FILE | bulk FILE")
    }
} catch {
    FileHandle.standardError.write(Data("RegistryBenchmark: \(String(reflecting: error))\n".utf8))
    exit(1)
}
