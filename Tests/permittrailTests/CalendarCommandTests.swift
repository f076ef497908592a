import Foundation
import Testing

@Suite("permittrail calendar — deadlines in working days (X-1)")
struct CalendarCommandTests {
    @Test("add-working-days prints the due date and nothing else, across 2025 National Day and 2026 Spring Festival")
    func dueDates() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = ["--data-dir", directory.path]
            // 2025: 10-01..08 off, 09-28 (Sun) and 10-11 (Sat) worked.
            // 2026: 02-15..23 off, 02-14 (Sat) and 02-28 (Sat) worked.
            let cases = [
                ("2025-09-26", 1, "2025-09-28"), ("2025-09-30", 1, "2025-10-09"), ("2025-09-30", 3, "2025-10-11"),
                ("2026-02-13", 1, "2026-02-14"), ("2026-02-13", 2, "2026-02-24"), ("2026-02-13", 5, "2026-02-27"),
                ("2026-02-13", 6, "2026-02-28"),
            ]
            for (start, days, due) in cases {
                let result = try CommandRunner.run(["calendar", "add-working-days", start, String(days)] + data)
                #expect(result.output == due + "\n", "\(start) + \(days)")
                #expect(result.status == 0)
            }
        }
    }

    @Test("a deadline into a year with no data is refused, not guessed")
    func uncoveredYear() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let result = try CommandRunner.run(["calendar", "add-working-days", "2026-12-30", "5", "--data-dir", directory.path])
            #expect(result.status != 0)
            #expect(result.output.isEmpty)
        }
    }
}
