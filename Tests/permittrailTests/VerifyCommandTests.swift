import Foundation
import PermitLedger
import Testing

@Suite("permittrail verify — offline proof and checkpoint checks")
struct VerifyCommandTests {
    /// From the shared transparency-dev/merkle vectors: leaf 5 of 8, and sizes 6 to 8.
    static let inclusion = #"{"leafIdx":5,"treeSize":8,"root":"XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=","leafHash":"QnGia+DYqE8L1UyMMC58s6O10fpngKQLzOKHNHfatlg=","proof":["vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=","yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=","037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]}"#
    static let consistency = #"{"size1":6,"size2":8,"root1":"duZ9rbzfHhDht03cYIq9L5jfsW+851J3tSMqEn8gh+8=","root2":"XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=","proof":["DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=","yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=","037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]}"#

    private func files(_ contents: [String], in directory: URL) throws -> [String] {
        try contents.enumerated().map { position, text in
            let file = directory.appendingPathComponent("proof\(position).json")
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    @Test("genuine proofs print OK and the file, one line per file, and exit 0")
    func genuine() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let paths = try files([Self.inclusion, Self.inclusion], in: directory)
            let result = try CommandRunner.run(["verify", "inclusion"] + paths)
            #expect(result.lines == paths.map { "OK: \($0)" })
            #expect(result.status == 0)
            let consistency = try files([Self.consistency], in: directory)
            let other = try CommandRunner.run(["verify", "consistency"] + consistency)
            #expect(other.lines == ["OK: \(consistency[0])"] && other.status == 0)
        }
    }

    @Test("a forged proof fails with a reason and exit 1")
    func forged() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let forged = Self.inclusion.replacingOccurrences(of: #""leafIdx":5"#, with: #""leafIdx":4"#)
            let truncated = Self.consistency.replacingOccurrences(of: #","037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="]"#, with: "]")
            let paths = try files([Self.inclusion, forged], in: directory)
            let result = try CommandRunner.run(["verify", "inclusion"] + paths)
            #expect(result.lines.first == "OK: \(paths[0])")
            #expect(result.lines.last?.hasPrefix("FAIL: \(paths[1]): calculated root") == true)
            #expect(result.status == 1)
            let short = try CommandRunner.run(["verify", "consistency"] + (try files([truncated], in: directory)))
            #expect(short.lines == ["FAIL: \(directory.appendingPathComponent("proof0.json").path): proof has 2 hashes, expected 3"])
            #expect(short.status == 1)
        }
    }

    /// transparency-dev/merkle's probes for a one-entry tree, as an auditor
    /// would have them from Go tools.
    static let conformance = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PermitLedgerTests/Fixtures/merkle-conformance/inclusion/0")

    @Test("proof files written by Go tools are judged, not refused")
    func goProofFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.conformance.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count == 13 && names.contains("happy-path.json"))
        let result = try CommandRunner.run(["verify", "inclusion"] + names.map { Self.conformance.appendingPathComponent($0).path })
        #expect(result.lines.count == names.count)
        for (name, line) in zip(names, result.lines) {
            let path = Self.conformance.appendingPathComponent(name).path
            if name == "happy-path.json" {
                #expect(line == "OK: \(path)")
            } else {
                #expect(line.hasPrefix("FAIL: \(path): ") && !line.contains("cannot parse"), "\(line)")
            }
        }
        #expect(result.status == 1)
        let happy = Self.conformance.appendingPathComponent("happy-path.json").path
        let alone = try CommandRunner.run(["verify", "inclusion", happy])
        #expect(alone.lines == ["OK: \(happy)"] && alone.status == 0)
    }

    @Test("an unreadable or unparsable file fails with exit 2")
    func unreadable() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let paths = try files([Self.inclusion, "not json", Self.consistency], in: directory)
            let absent = directory.appendingPathComponent("absent").path
            let result = try CommandRunner.run(["verify", "inclusion"] + paths + [absent])
            #expect(result.lines == [
                "OK: \(paths[0])",
                "FAIL: \(paths[1]): cannot parse: not valid JSON",
                "FAIL: \(paths[2]): cannot parse: not an inclusion proof",
                "FAIL: \(absent): cannot read file",
            ])
            #expect(result.status == 2)
        }
    }
}
