import FluentKit
import Foundation
import PermitCommands
import PermitCore
import PermitLedger
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("Enterprise database — search, districts, history, import all or none (RND-1)")
struct EnterpriseRepositoryTests {
    static let actor = ActorReference.system("test")
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let xuhui = District(code: DistrictCode(rawValue: "310104")!, name: "徐汇区", level: .district)
    static let minhang = District(code: DistrictCode(rawValue: "310112")!, name: "闵行区", level: .district)

    /// The header of seed files as a spreadsheet program exports them, in GB18030.
    static let gb18030File = Data(base64Encoded: "xvPStcP7s8YszbPSu8nnu+HQxdPDtPrC6yzXorLhtdjWtyzXorLhtdjPvcf4LMn6svq12Na3LMn6svq12M+9x/gst6i2qLT6se3IyyzBqs+1tee7sA0Kyc+6o76ruaS158DC09DP3rmry74sOTEzMTAxMTVNQTFIN0dLWDNULMnPuqPK0MbWtqvQwsf41cW9rcK3MbrFLMbWtqvQwsf4LMnPuqPK0MbWtqvQwsf4tKjJs8K3MrrFLDMxMDExNSzVxcj9LDAyMS01ODg4MTIzNA0K")!

    static func draft(_ name: String, _ code: String, production: String = "310104", license: String = "") -> EnterpriseDraft {
        EnterpriseDraft(
            name: name, creditCode: code, registeredAddress: "上海市浦东新区张江路 1 号", registeredDistrict: "310115",
            productionAddress: "上海市徐汇区漕宝路 2 号", productionDistrict: production, legalRepresentative: "张三",
            phone: "13812345678", licenseNumber: license, licenseIssuedOn: license.isEmpty ? "" : "2024-03-01",
            licenseValidUntil: license.isEmpty ? "" : "2029-02-28", productScope: license.isEmpty ? "" : "电线电缆"
        )
    }

    static func generator(seed: UInt64) -> EnterpriseGenerator {
        EnterpriseGenerator(seed: seed, districts: [pudong, minhang])
    }

    /// The store's enterprises written in parts of three, so that a small
    /// file spans several.
    static func inPartsOfThree(_ store: Store) -> PartsOfThree {
        PartsOfThree(store: store)
    }

    /// The import command on `store`, in parts of three.
    struct PartsOfThree {
        let store: Store

        func importTable(_ table: [[String]], skipInvalid: Bool, by _: ActorReference, at _: Date) async throws -> ImportResult {
            try await EnterpriseCommands.importTable(table, skipInvalid: skipInvalid, partSize: 3, in: store.operatorContext())
        }
    }

    static func withDistricts(_ body: (Store) async throws -> Void) async throws {
        try await withTestStore { store in
            for district in [pudong, xuhui, minhang] { _ = try await store.testWrites.add(district, by: actor, at: .t0) }
            try await body(store)
        }
    }

    @Test("found by any part of the name, by code, by licence number; seen by both its districts")
    func search() async throws {
        try await Self.withDistricts { store in
            let cable = try await EnterpriseCommands.register(
                Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T", license: "(沪)XK06-001-00123"), in: store.operatorContext()
            )
            _ = try await EnterpriseCommands.register(Self.draft("闵行化肥厂", "91310000MA1FL1MMXL", production: "310112"), in: store.operatorContext())

            #expect(try await store.enterprises.search(.init(text: "精工")).map(\.id) == [cable.id])
            #expect(try await store.enterprises.search(.init(text: "91310115ma1h7gkx3t")).map(\.id) == [cable.id])
            #expect(try await store.enterprises.search(.init(text: "(沪)XK06-001-00123")).map(\.id) == [cable.id])
            #expect(try await store.enterprises.search(.init(text: "%")).isEmpty)
            #expect(try await store.enterprises.search(.init(district: Self.xuhui.code)).map(\.id) == [cable.id])
            #expect(try await store.enterprises.search(.init(district: Self.pudong.code)).count == 2)
            #expect(try await store.enterprises.search(.init(district: Self.minhang.code)).map(\.name) == ["闵行化肥厂"])
        }
    }

    @Test("name parts page in name order within a district; a whole code is looked up, not searched in names")
    func searchPages() async throws {
        try await Self.withDistricts { store in
            var generator = EnterpriseGenerator(seed: 7, districts: [Self.pudong])
            var drafts = (0..<5).map { _ in generator.next() }
            // Names that contain C's credit code, around C itself, whose name does not.
            let code = drafts[2].creditCode
            for (position, letter) in ["A", "B", "C", "D", "E"].enumerated() {
                drafts[position].name = letter + (letter == "C" ? "化肥厂" : code + "厂")
            }
            drafts[4].registeredDistrict = Self.minhang.code.rawValue
            drafts[4].productionDistrict = Self.minhang.code.rawValue
            for draft in drafts { _ = try await EnterpriseCommands.register(draft, in: store.operatorContext()) }

            func names(_ search: EnterpriseSearch) async throws -> [String] {
                try await store.enterprises.search(search).map { String($0.name.prefix(1)) }
            }
            let part = String(code.prefix(12))
            #expect(try await names(.init(text: part)) == ["A", "B", "D", "E"])
            #expect(try await names(.init(text: part, limit: 2, offset: 1)) == ["B", "D"])
            #expect(try await names(.init(text: part, limit: 2, offset: 3)) == ["E"])
            #expect(try await names(.init(text: part, district: Self.pudong.code)) == ["A", "B", "D"])
            #expect(try await names(.init(text: part, district: Self.minhang.code)) == ["E"])
            #expect(try await names(.init(text: code)) == ["C"])
            #expect(try await names(.init(text: code, district: Self.minhang.code)).isEmpty)
            #expect(try await names(.init(text: "化肥", district: Self.minhang.code)).isEmpty)
        }
    }

    @Test("an update is ledgered and the history shows both states; refusals write nothing")
    func updateAndHistory() async throws {
        try await Self.withDistricts { store in
            let cable = try await EnterpriseCommands.register(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), in: store.operatorContext())
            let size = try await store.ledger.size()

            await #expect(throws: EnterpriseError.creditCodeTaken(cable.creditCode)) {
                try await EnterpriseCommands.register(Self.draft("另一家", "91310115MA1H7GKX3T"), in: store.operatorContext())
            }
            await #expect(throws: EnterpriseError.unknownDistrict(DistrictCode(rawValue: "310199")!)) {
                try await EnterpriseCommands.register(Self.draft("外区", "91310000MA1FL1MMXL", production: "310199"), in: store.operatorContext())
            }
            #expect(try await store.ledger.size() == size)

            var changed = Self.draft("上海精工线缆有限公司", "91310115MA1H7GKX3T")
            changed.phone = "021-58881234"
            _ = try await EnterpriseCommands.update(cable.id, with: changed, in: store.operatorContext())

            let history = try await store.enterprises.history(cable.id)
            #expect(history.map(\.entry.eventType) == ["enterprise.registered", "enterprise.updated"])
            #expect(history.last?.entry.fields["name"] == "上海精工线缆有限公司")
            #expect(try await store.ledger.check().coveredRows == 4)
        }
    }

    @Test("an update keeps the risk tier another writer set while the update waited for the ledger's lock")
    func updateReadsInsideItsTransaction() async throws {
        try await Self.withDistricts { store in
            let cable = try await EnterpriseCommands.register(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), in: store.operatorContext())
            let rated = {
                var rated = cable
                rated.riskTier = "high"
                return rated
            }()
            let (written, signal) = AsyncStream.makeStream(of: Void.self)
            // Supervision rates the enterprise and holds the lock a while.
            let rating = Task {
                try await store.journal.commit(on: try store.database()) { db in
                    let record = try await EnterpriseRecord.find(cable.id.rawValue, on: db)!
                    record.update(from: rated, at: .t0)
                    try await record.save(on: db)
                    signal.finish()
                    try await Task.sleep(for: .milliseconds(300))
                    return ((), DomainEvent(
                        kind: .enterpriseUpdated, actor: Self.actor, subject: .init(kind: EnterpriseRecord.subjectKind, id: cable.id.description),
                        occurredAt: .t0, fields: EnterpriseRecord.ledgerFields(of: rated)
                    ))
                }
            }
            for await _ in written {}

            var changed = Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T")
            changed.phone = "021-58881234"
            let updated = try await EnterpriseCommands.update(cable.id, with: changed, in: store.operatorContext())
            try await rating.value

            #expect(updated.riskTier == "high" && updated.phone == "021-58881234")
            #expect(try await store.enterprises.enterprise(cable.id)?.riskTier == "high")
            #expect(try await store.ledger.check().coveredRows == 4)
        }
    }

    @Test("a file with a bad row imports nothing; with skip-invalid, the good rows and a report")
    func importAllOrNone() async throws {
        try await Self.withDistricts { store in
            let table = [
                EnterpriseColumn.allCases.prefix(8).map(\.chineseHeader),
                ["甲公司", "91310115MA1H7GKX3T", "上海市浦东新区张江路 1 号", "浦东新区", "上海市徐汇区漕宝路 2 号", "徐汇区", "张三", "13812345678"],
                ["乙公司", "91310115MA1H7GKX3A", "上海市浦东新区张江路 1 号", "浦东新区", "上海市徐汇区漕宝路 2 号", "徐汇区", "张三", "13812345678"],
            ]

            await #expect(throws: ImportRefused.self) {
                try await EnterpriseCommands.importTable(table, skipInvalid: false, in: store.operatorContext())
            }
            #expect(try await store.enterprises.count() == 0)

            let result = try await EnterpriseCommands.importTable(table, skipInvalid: true, in: store.operatorContext())
            #expect(result.imported == 1)
            #expect(result.skipped.map(\.line) == [3])
            #expect(try await store.enterprises.count() == 1)
            #expect(try await store.ledger.check().coveredRows == 4)
        }
    }

    @Test("an import written in parts is still one transaction: entries in order, or nothing when a later part fails")
    func importInParts() async throws {
        try await Self.withDistricts { store in
            var generator = Self.generator(seed: 5)
            let parts = Self.inPartsOfThree(store)
            let before = try await store.ledger.size()
            #expect(try await parts.importTable(generator.table(count: 8), skipInvalid: false, by: Self.actor, at: .t0).imported == 8)
            #expect(try await store.ledger.size() == before + 8)
            let entries = try await store.ledger.entries(before..<before + 8)
            #expect(entries.map(\.index) == Array(before..<before + 8))
            #expect(Set(entries.map(\.entry.subjectID)) == Set(try await store.enterprises.all().map(\.id.description)))

            // The third part's last row is refused by the database itself.
            let table = generator.table(count: 8)
            try await Self.refuseInsert(ofName: table[8][0], on: store.sql())
            await #expect(throws: (any Error).self) {
                try await parts.importTable(table, skipInvalid: false, by: Self.actor, at: .t0)
            }
            #expect(try await store.enterprises.count() == 8)
            #expect(try await store.ledger.size() == before + 8)
            #expect(try await store.ledger.check().entries == before + 8)
            // The head this process keeps was not moved by the rolled-back parts.
            _ = try await EnterpriseCommands.register(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), in: store.operatorContext())
            #expect(try await store.ledger.check().entries == before + 9)
        }
    }

    @Test("the write starts before the file is planned: a bad row in a later part undoes it, and every bad row is named")
    func badRowInLaterPart() async throws {
        try await Self.withDistricts { store in
            var generator = Self.generator(seed: 7)
            let parts = Self.inPartsOfThree(store)
            var table = generator.table(count: 10)
            table[7][7] = "电话"
            table[9][1] = "91310115MA1H7GKX3A"
            let before = try await store.ledger.size()

            await #expect {
                try await parts.importTable(table, skipInvalid: false, by: Self.actor, at: .t0)
            } throws: { error in
                (error as? ImportRefused)?.problems.map(\.line) == [8, 10]
            }

            #expect(try await store.enterprises.count() == 0)
            #expect(try await store.ledger.size() == before)
            let result = try await parts.importTable(table, skipInvalid: true, by: Self.actor, at: .t0)
            #expect(result.imported == 8 && result.skipped.map(\.line) == [8, 10])
            #expect(try await store.ledger.check().coveredRows == 3 + 8)
        }
    }

    @Test("an import after another store's writer moved the ledger's head writes every part")
    func importAfterAnotherWriter() async throws {
        try await Self.withDistricts { first in
            try await withSecondStore(beside: first) { second in
                _ = try await EnterpriseCommands.register(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), in: second.operatorContext())
                var generator = Self.generator(seed: 9)

                let result = try await Self.inPartsOfThree(first).importTable(
                    generator.table(count: 8), skipInvalid: false, by: Self.actor, at: .t0
                )

                #expect(result.imported == 8)
                #expect(try await first.enterprises.count() == 9)
                #expect(try await first.ledger.check().coveredRows == 3 + 9)
            }
        }
    }

    /// A trigger that makes the database refuse one enterprise, as a failing
    /// disk or constraint would, after the rows before it were written.
    static func refuseInsert(ofName name: String, on sql: any SQLDatabase) async throws {
        // Neither dialect takes a bound value in a trigger's body.
        let literal = SQLRaw("'" + name.replacingOccurrences(of: "'", with: "''") + "'")
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE TRIGGER refuse_one BEFORE INSERT ON enterprises WHEN NEW.name = \(literal)
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """).run()
        } else {
            try await sql.raw("""
                CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN
                IF NEW.name = \(literal) THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("CREATE TRIGGER refuse_one BEFORE INSERT ON enterprises FOR EACH ROW EXECUTE FUNCTION refuse_one()").run()
        }
    }

    @Test("GB18030 from a spreadsheet program and UTF-8 with a byte-order mark both read; other bytes are refused")
    func encodings() throws {
        let table = try CSVFile.table(Self.gb18030File)
        #expect(table[0].first == "企业名称")
        #expect(table[1][0] == "上海精工电缆有限公司")
        let utf8 = try CSVFile.table(Data([0xEF, 0xBB, 0xBF]) + Data("企业名称,x\r\n\"a,b\",c\r\n".utf8))
        #expect(utf8 == [["企业名称", "x"], ["a,b", "c"]])
        #expect(throws: ImportFileError.empty) { try CSVFile.table(Data()) }
        #expect(throws: ImportFileError.unknownEncoding) { try CSVFile.table(Data([0x80, 0xFF, 0xFE, 0x81])) }
        #expect(throws: ImportFileError.unclosedQuote(line: 3)) {
            try CSVFile.table(Data("企业名称,x\r\n\"a\"\"b\",c\r\n\"甲公司,d\r\n乙公司,e\r\n".utf8))
        }
        #expect(throws: ImportFileError.spreadsheet) { try CSVFile.table(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])) }
        #expect(throws: ImportFileError.spreadsheet) { try CSVFile.table(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0])) }
        #expect(try CSVFile.table(try CSVFile.write([["企业名称", "a,\"b\""]])) == [["企业名称", "a,\"b\""]])
    }

    @Test("the bulk insert writes every column of the model, and the rows read back as registered")
    func bulkInsertColumns() async throws {
        #expect(EnterpriseRecord.insertColumns.count == 12)
        let enterprise = try EnterpriseRules.validate(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), id: EnterpriseID(rawValue: UUID()))
        #expect(EnterpriseRecord.insertRow(of: enterprise, at: .t0).count == 12)
        try await Self.withDistricts { store in
            var generator = EnterpriseGenerator(seed: 11, districts: [Self.pudong, Self.minhang])
            let rows = generator.table(count: 30)
            let result = try await EnterpriseCommands.importTable(rows, skipInvalid: false, in: store.operatorContext())
            #expect(result.imported == 30)
            let planned = try EnterpriseImport.plan(
                table: rows, districts: [Self.pudong, Self.xuhui, Self.minhang], registeredCodes: [], registeredLicenses: [],
                makeID: { EnterpriseID(rawValue: UUID()) }
            ).accepted.map(\.enterprise)
            let stored = try await store.enterprises.all()
            #expect(Set(stored.map(\.creditCode)) == Set(planned.map(\.creditCode)))
            for enterprise in stored {
                var expected = try #require(planned.first { $0.creditCode == enterprise.creditCode })
                expected.id = enterprise.id
                #expect(enterprise == expected)
            }
            #expect(try await store.ledger.check().coveredRows >= 33)
        }
    }

    @Test("a row changed behind the write path is caught by fsck")
    func tampering() async throws {
        try await Self.withDistricts { store in
            let cable = try await EnterpriseCommands.register(Self.draft("上海精工电缆有限公司", "91310115MA1H7GKX3T"), in: store.operatorContext())

            try await store.sql().update("enterprises").set("phone", to: "13900000000").run()

            await #expect(throws: LedgerDivergence.self) { try await store.ledger.check() }
            do { _ = try await store.ledger.check() } catch let divergence as LedgerDivergence {
                #expect(divergence.place == .coveredRow(kind: "enterprise", id: cable.id.description))
            }
        }
    }
}
