import Foundation
import PermitCore
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("Numbers — one case one number, unique and gap-free (ARC-1)")
struct NumberCounterTests {
    @Test("sequences start at 1 per scope, and a rolled-back allocation leaves no gap")
    func sequences() async throws {
        try await withTestStore { store in
            let first = try await store.sqlTransaction { try await store.nextCaseNumber(.application, year: 2026, on: $0) }
            let other = try await store.sqlTransaction { try await store.nextCaseNumber(.renewal, year: 2026, on: $0) }
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await store.sqlTransaction { db in
                    _ = try await store.nextCaseNumber(.application, year: 2026, on: db)
                    throw Refused()
                }
            }
            let second = try await store.sqlTransaction { try await store.nextCaseNumber(.application, year: 2026, on: $0) }

            #expect(first.description == "SQ-2026-00001")
            #expect(other.sequence == 1)
            #expect(second.description == "SQ-2026-00002")
        }
    }

    @Test("licence serials per province and product (LIC-8); business serial numbers per case and day (REC-7)")
    func licenceAndRecordNumbers() async throws {
        try await withTestStore { store in
            let cable = try await store.sqlTransaction {
                try await store.nextLicenseNumber(province: .shanghai, industryCode: 6, productCode: 1, on: $0)
            }
            let cableAgain = try await store.sqlTransaction {
                try await store.nextLicenseNumber(province: .shanghai, industryCode: 6, productCode: 1, on: $0)
            }
            let board = try await store.sqlTransaction {
                try await store.nextLicenseNumber(province: .shanghai, industryCode: 13, productCode: 1, on: $0)
            }
            let caseNumber = try CaseNumber(parsing: "SQ-2026-00017")
            let day = try CivilDate(parsing: "2026-03-15")
            let records = try await store.sqlTransaction { db in
                [
                    try await store.nextBusinessSerialNumber(for: caseNumber, on: day, on: db),
                    try await store.nextBusinessSerialNumber(for: caseNumber, on: day, on: db),
                    try await store.nextBusinessSerialNumber(for: caseNumber, on: day.next, on: db),
                ]
            }

            #expect([cable, cableAgain, board].map(\.description) == ["(沪)XK06-001-00001", "(沪)XK06-001-00002", "(沪)XK13-001-00001"])
            #expect(records.map(\.description) == ["SQ-2026-00017-20260315-0001", "SQ-2026-00017-20260315-0002", "SQ-2026-00017-20260316-0001"])
        }
    }

    @Test(
        "parallel allocations from several processes get distinct, consecutive numbers",
        .enabled(if: TestDatabase.isPostgres, "only PostgreSQL serves several writing processes")
    )
    func parallel() async throws {
        try await withTestStore { first in
            let stores = [first] + (try (0..<3).map { _ in
                try Store.standalone(location: first.location, signer: .testing, label: "permittrail.test")
            })
            let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
                for store in stores {
                    group.addTask {
                        var taken: [Int] = []
                        for _ in 0..<25 {
                            let number = try await store.sqlTransaction { db in
                                try await store.nextCaseNumber(.inspection, year: 2026, on: db)
                            }
                            taken.append(number.sequence)
                        }
                        return taken
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            for store in stores.dropFirst() { await store.shutdown() }

            #expect(numbers.sorted() == Array(1...100))
        }
    }
}
