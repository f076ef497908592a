import Foundation
import PermitLedger
import Testing

/// Every inclusion and consistency probe of transparency-dev/merkle, read as
/// the files they are (see `Fixtures/merkle-conformance/README.md`).
@Suite("transparency-dev/merkle conformance probes")
struct MerkleConformanceTests {
    struct Probe {
        /// The path below `merkle-conformance/`, e.g. `inclusion/1/happy-path.json`.
        let name: String
        let kind: ProofFile.Kind
        let json: Data
        /// Upstream's own verdict, which its `proof/verify_test.go` checks.
        let wantErr: Bool
    }

    /// Where the strict verifier parts from Go's on purpose: Go compares the
    /// roots of equal-size trees as byte strings of any length, PermitLedger
    /// takes only 32-byte hashes for roots.
    static let deliberateDivergences: [String: ProofVerificationError] = [
        "consistency/additional/sizes-are-equal-one-and-proof-is-empty.json": .wrongHashLength(.root1, length: 12),
    ]

    static func probes(_ kind: ProofFile.Kind) throws -> [Probe] {
        let folder = kind == .inclusion ? "inclusion" : "consistency"
        let directory = Bundle.module.url(forResource: "merkle-conformance", withExtension: nil, subdirectory: "Fixtures")
        let root = try #require(directory).appendingPathComponent(folder)
        let files = try #require(FileManager.default.subpaths(atPath: root.path)).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { path in
            let json = try Data(contentsOf: root.appendingPathComponent(path))
            let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any], "\(path)")
            let wantErr = try #require(object["wantErr"] as? Bool, "\(path) has no wantErr")
            return Probe(name: "\(folder)/\(path)", kind: kind, json: json, wantErr: wantErr)
        }
    }

    @Test(arguments: [ProofFile.Kind.inclusion, .consistency])
    func everyProbeGetsUpstreamsVerdict(kind: ProofFile.Kind) throws {
        let probes = try Self.probes(kind)
        // 98 files of each kind at the pinned commit; fewer means the fixtures
        // were not copied into the bundle and the loop below proves nothing.
        #expect(probes.count == 98)
        #expect(probes.contains { !$0.wantErr } && probes.contains { $0.wantErr })
        for probe in probes {
            let verdict = ProofFile.check(probe.json, expecting: kind)
            if let divergence = Self.deliberateDivergences[probe.name] {
                #expect(!probe.wantErr && verdict == .fail(divergence), "\(probe.name): \(verdict)")
            } else if probe.wantErr {
                guard case .fail = verdict else {
                    Issue.record("\(probe.name): want FAIL, got \(verdict)")
                    continue
                }
            } else {
                #expect(verdict == .ok, "\(probe.name)")
            }
        }
    }

    @Test func everyDivergenceNamesAFile() throws {
        let names = Set(try Self.probes(.inclusion).map(\.name) + Self.probes(.consistency).map(\.name))
        #expect(Set(Self.deliberateDivergences.keys).isSubset(of: names))
    }
}
