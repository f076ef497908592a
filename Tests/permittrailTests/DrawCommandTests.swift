import Foundation
import PermitCore
import Testing

@Suite("permittrail draw — RFC 3797 selection and published draws re-run offline")
struct DrawCommandTests {
    @Test("rfc3797 prints the RFC's worked example: positions one per line")
    func rfcExample() throws {
        let result = try CommandRunner.run(["draw", "rfc3797", "--pool", "25", "--count", "10", "9319", "2 5 12 8 10", "9 18 26 34 41 45"])
        #expect(result.lines == ["17", "7", "2", "16", "25", "23", "8", "24", "19", "13"])
        #expect(result.status == 0)
        let steps = try CommandRunner.run(["draw", "rfc3797", "--pool", "25", "--count", "2", "--steps", "9319", "2 5 12 8 10", "9 18 26 34 41 45"])
        #expect(steps.lines.first == "key: 9319./2.5.8.10.12./9.18.26.34.41.45./")
        #expect(steps.lines.last?.contains("3691E55CB63FCC37914430B2F70B5EC6") == true)
        #expect(steps.lines.last?.hasSuffix(" 7") == true)
    }

    @Test("rfc3797 refuses more than the pool, a fraction, or no source, with a usage error")
    func refused() throws {
        for arguments in [["--pool", "3", "--count", "4", "1 2"], ["--pool", "3", "--count", "1", "1.5"], ["--pool", "3", "--count", "1"]] {
            let result = try CommandRunner.run(["draw", "rfc3797"] + arguments)
            #expect(result.status != 0 && result.output.isEmpty, "\(arguments)")
        }
    }

    static func publishedDraw() throws -> PublishedDraw {
        let pool = (1...12).map { (creditCode: String(format: "91310115MA1K%06d", $0), district: $0.isMultiple(of: 2) ? "310101" : "310115") }
        return try PublishedDraw(drawing: DrawInputs(
            plan: DrawPlan(identifier: "SJ-2026-01", year: 2026),
            sources: [NamedSource(name: "lottery", value: "5 17 22 29 31"), NamedSource(name: "ledger root", value: "c0ffee")],
            tiers: [TierPool(tier: .low, enterprises: Array(pool.prefix(8))), TierPool(tier: .high, enterprises: Array(pool.suffix(4)))],
            inspectorPools: [
                InspectorPool(district: "310101", numbering: ["h1", "h2", "h3"]),
                InspectorPool(district: "310115", numbering: ["p1", "p2", "p3", "p4"]),
            ],
            exclusions: [Exclusion(inspector: "p1", enterprise: pool[0].creditCode, reason: .previousPlan)]
        ))
    }

    @Test("verify: OK and exit 0 for a published draw, FAIL with the tier and step and exit 1 for a tampered one")
    func verify() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let draw = try Self.publishedDraw()
            let genuine = directory.appendingPathComponent("draw.json")
            try draw.jsonData().write(to: genuine)
            let ok = try CommandRunner.run(["draw", "verify", genuine.path])
            #expect(ok.lines == ["OK"] && ok.status == 0)

            var tampered = draw
            tampered.tiers[1].steps[0].selected = tampered.tiers[1].steps[0].selected % 4 + 1
            let forged = directory.appendingPathComponent("forged.json")
            try tampered.jsonData().write(to: forged)
            let fail = try CommandRunner.run(["draw", "verify", forged.path])
            #expect(fail.lines.count == 1 && fail.lines[0].hasPrefix("FAIL: tier high step 1: "), "\(fail.lines)")
            #expect(fail.status == 1)

            // A changed source value, as someone might claim the lottery said.
            let text = String(decoding: try draw.jsonData(), as: UTF8.self).replacingOccurrences(of: "5 17 22 29 31", with: "5 17 22 29 32")
            let claimed = directory.appendingPathComponent("claimed.json")
            try Data(text.utf8).write(to: claimed)
            let wrongKey = try CommandRunner.run(["draw", "verify", claimed.path])
            #expect(wrongKey.lines.first?.hasPrefix("FAIL: key string is") == true && wrongKey.status == 1)
        }
    }

    @Test("verify: a file that cannot be read or parsed fails with exit 2")
    func unreadable() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let garbage = directory.appendingPathComponent("garbage.json")
            try Data("not json".utf8).write(to: garbage)
            let notJSON = try CommandRunner.run(["draw", "verify", garbage.path])
            #expect(notJSON.lines == ["FAIL: cannot parse: not JSON"] && notJSON.status == 2)

            let partial = directory.appendingPathComponent("partial.json")
            try Data(#"{"format": "permittrail-draw/1"}"#.utf8).write(to: partial)
            let missing = try CommandRunner.run(["draw", "verify", partial.path])
            #expect(missing.lines.first?.hasPrefix("FAIL: cannot parse: missing") == true && missing.status == 2)

            let absent = try CommandRunner.run(["draw", "verify", directory.appendingPathComponent("absent.json").path])
            #expect(absent.lines == ["FAIL: cannot read file"] && absent.status == 2)
        }
    }
}
