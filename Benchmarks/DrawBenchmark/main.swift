import Crypto
import Foundation
import PermitCore

// Issue 18's measurement: the draw and the inspector matching for 100,000
// enterprises and 5,000 inspectors, next to the time to MD5 as many keys in
// the same process. Run through Benchmarks/draw-benchmark.sh (release build).
//
//   DrawBenchmark [ENTERPRISES] [INSPECTORS]
//
// Prints one line per measure and the peak resident memory (VmHWM).

let enterpriseCount = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
let inspectorCount = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 5_000 : 5_000
let districts = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
                 "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"]

/// A stand-in credit code per enterprise: the draw only numbers and copies them.
func code(_ number: Int) -> String { "9131" + String(format: "%014d", number) }

// Tiers of equal size, enterprises spread over the districts in turn.
let tiers = RiskTier.allCases.enumerated().map { index, tier in
    TierPool(tier: tier, enterprises: stride(from: index, to: enterpriseCount, by: RiskTier.allCases.count).map {
        (creditCode: code($0), district: districts[$0 % districts.count])
    })
}
let inspectorPools = districts.enumerated().map { index, district in
    InspectorPool(district: district, numbering: stride(from: index, to: inspectorCount, by: districts.count).map { "inspector-\($0)" })
}
// One declared conflict per hundred enterprises, with the district's first inspector.
let exclusions = stride(from: 0, to: enterpriseCount, by: 100).map {
    Exclusion(inspector: "inspector-\($0 % districts.count)", enterprise: code($0), reason: .conflict)
}
let inputs = DrawInputs(
    plan: DrawPlan(identifier: "bench", year: 2026),
    sources: [NamedSource(name: "福利彩票", value: "2.5.8.10.12."), NamedSource(name: "ledger root", value: "a3f1c9")],
    tiers: tiers, inspectorPools: inspectorPools, exclusions: exclusions
)

let clock = ContinuousClock()
var draw: PublishedDraw?
let drawTime = clock.measure { draw = try? PublishedDraw(drawing: inputs) }
guard let draw else { fatalError("the draw failed") }
let drawn = draw.tiers.reduce(0) { $0 + $1.selected.count }
let verifyTime = clock.measure { precondition(draw.verify() == .ok) }
let json = try draw.jsonData()

// The reference: MD5 of as many keys as there are enterprises, each the
// draw's key string with a two-byte index before and after, as RFC 3797 hashes.
let key = Array(draw.keyString.utf8)
var sink: UInt8 = 0
let md5Time = clock.measure {
    for index in 0..<enterpriseCount {
        let prefix = [UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index)]
        let digest = Insecure.MD5.hash(data: prefix + key + prefix)
        sink ^= digest.withUnsafeBytes { $0[0] }
    }
}

func seconds(_ duration: Duration) -> String {
    String(format: "%.3f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
}
let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let hwm = status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? "?"
print("enterprises=\(enterpriseCount) inspectors=\(inspectorCount) drawn=\(drawn) matched=\(draw.matching.count)")
print("draw+matching seconds=\(seconds(drawTime))")
print("verify (re-run) seconds=\(seconds(verifyTime))")
print("md5 of \(enterpriseCount) keys seconds=\(seconds(md5Time)) (\(sink))")
print("published file bytes=\(json.count) vmhwm=\(hwm)")
