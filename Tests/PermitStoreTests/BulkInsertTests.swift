import Fluent
import Foundation
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("Bulk inserts through the driver — stored exactly as SQLKit stores the same values")
struct BulkInsertTests {
    static let columns = ["k", "t", "i", "b", "u", "d", "n"]

    @Test("every kind of value, row for row the same as SQLKit's insert, read back equal")
    func sameAsSQLKit() async throws {
        let uuid = try #require(UUID(uuidString: "6F1C2A0E-8B7D-4C1A-9E3F-2B5D7C9A1E40"))
        let date = Date(timeIntervalSince1970: 1_764_000_000.25)
        // Every character COPY's text format escapes, and SQL's quotes.
        let text = "上海精工电缆有限公司 \"引号\" 'quote' \\ ; \t \n \r \\N end"
        let bytes: [UInt8] = [0, 1, 0xFF, 0x27, 0x22]
        try await withTestStore { store in
            try await store.sqlTransaction { sql in
                guard let db = sql as? any Database else { throw StoreError.closed }
                try await db.schema("bulk_test").field("k", .int64, .identifier(auto: false)).field("t", .string)
                    .field("i", .int64).field("b", .data).field("u", .uuid).field("d", .datetime).field("n", .string).create()
                try await sql.insert(into: "bulk_test").columns(Self.columns).values(
                    SQLBind(Int64(1)), SQLBind(text), SQLBind(Int64(-42)), SQLBind(Data(bytes)), SQLBind(uuid), SQLBind(date),
                    SQLBind(String?.none)
                ).run()
                let rows: [[BulkValue]] = (2...1_200).map { key in
                    [.integer(Int64(key)), .text(text), .integer(-42), .blob(bytes), .uuid(uuid), .date(date), .text(nil)]
                }
                try await BulkInsert(table: "bulk_test", columns: Self.columns).run(rows, on: sql)
            }
            let sql = try store.sql()
            let stored = try await sql.raw(
                "SELECT k, t, i, b, u, d, n, CAST(t AS TEXT) AS tt, CAST(u AS TEXT) AS ut, CAST(d AS TEXT) AS dt FROM bulk_test ORDER BY k"
            ).all()
            #expect(stored.count == 1_200)
            func texts(_ row: any SQLRow) throws -> [String?] {
                try ["tt", "ut", "dt"].map { try row.decode(column: $0, as: String?.self) }
            }
            let reference = try texts(stored[0])
            for row in stored.dropFirst() {
                #expect(try texts(row) == reference)
                #expect(try row.decode(column: "t", as: String.self) == text)
                #expect(try row.decode(column: "i", as: Int64.self) == -42)
                #expect(try row.decode(column: "b", as: Data.self) == Data(bytes))
                #expect(try row.decode(column: "u", as: UUID.self) == uuid)
                #expect(try row.decode(column: "d", as: Date.self) == date)
                #expect(try row.decode(column: "n", as: String?.self) == nil)
            }
        }
    }

    @Test("a duplicate key in a bulk insert is the database's constraint failure, and nothing of it stays")
    func duplicateKey() async throws {
        try await withTestStore { store in
            try await store.sqlTransaction { sql in
                guard let db = sql as? any Database else { throw StoreError.closed }
                try await db.schema("bulk_unique").field("k", .int64, .identifier(auto: false)).field("t", .string).create()
            }
            // More rows than `copyRows`, so PostgreSQL takes them through COPY; the last repeats the first key.
            let rows: [[BulkValue]] = (1...200).map { [.integer(Int64($0)), .text("行\($0)")] } + [[.integer(1), .text("重复")]]
            do {
                try await store.sqlTransaction { sql in
                    try await BulkInsert(table: "bulk_unique", columns: ["k", "t"]).run(rows, on: sql)
                }
                Issue.record("the duplicate key was accepted")
            } catch let error as any DatabaseError {
                #expect(error.isConstraintFailure)
            }
            #expect(try await store.sql().raw("SELECT COUNT(*) AS n FROM bulk_unique").first()?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test("COPY's timestamps are the microseconds binding stores, in the Gregorian calendar, before 1970 and 2000 too")
    func copyTimestamps() throws {
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 0))?.text == "1970-01-01 00:00:00.000000+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: -1.5))?.text == "1969-12-31 23:59:58.500000+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 1_709_164_800.000_001))?.text.hasPrefix("2024-02-29 00:00:00.0000") == true)
        // Half a microsecond before 2000 is cut toward zero, as the binary encoding cuts it.
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 946_684_799.999_999_5))?.text == "2000-01-01 00:00:00.000000+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 946_684_799.999_998))?.text == "1999-12-31 23:59:59.999998+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 4e11)) == nil)
        #expect(CopyTimestamp(Date(timeIntervalSince1970: -62_135_596_800))?.text == "0001-01-01 00:00:00.000000+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 253_402_300_799))?.text == "9999-12-31 23:59:59.000000+00")
        #expect(CopyTimestamp(Date(timeIntervalSince1970: 253_402_300_800)) == nil)
        #expect(CopyTimestamp(Date(timeIntervalSince1970: -62_135_596_801)) == nil)

        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let seconds = Double(Int64.random(in: -5_000_000_000...10_000_000_000, using: &random))
            let text = try #require(CopyTimestamp(Date(timeIntervalSince1970: seconds))?.text)
            #expect(text == formatter.string(from: Date(timeIntervalSince1970: seconds)) + ".000000+00")
        }
    }
}
