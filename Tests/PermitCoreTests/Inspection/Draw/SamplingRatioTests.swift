import Foundation
import PermitCore
import Testing

@Suite("Sample sizes — ratio × tier size, rounded up, in whole numbers (RND-3)")
struct SamplingRatioTests {
    @Test("exact where the share is whole, one more for any part of an enterprise", arguments: [
        (10, 30, 3), (10, 31, 4), (10, 1, 1), (10, 0, 0), (20, 10, 2), (30, 7, 3), (30, 10, 3), (50, 3, 2), (50, 4, 2),
        (100, 17, 17), (0, 50, 0), (10, 100_000, 10_000), (30, 100_001, 30_001),
    ])
    func sampleSize(percent: Int, size: Int, expected: Int) throws {
        #expect(try SamplingRatio(percent: percent).sampleSize(of: size) == expected)
    }

    @Test("seed 002's defaults: low 10%, medium 20%, medium-high 30%, high 50%")
    func defaults() {
        #expect(RiskTier.allCases.map(\.defaultRatio.percent) == [10, 20, 30, 50])
        #expect(RiskTier.allCases.map(\.chineseName) == ["低风险", "中风险", "中高风险", "高风险"])
        #expect(RiskTier(rawValue: "medium-high") == .mediumHigh)
    }

    @Test("a ratio outside 0…100% is refused")
    func invalid() {
        #expect(throws: DrawError.invalidRatio(101)) { try SamplingRatio(percent: 101) }
        #expect(throws: DrawError.invalidRatio(-1)) { try SamplingRatio(percent: -1) }
    }
}
