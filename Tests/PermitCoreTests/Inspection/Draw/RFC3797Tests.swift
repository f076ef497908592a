import Foundation
@testable import PermitCore
import Testing

@Suite("RFC 3797 — the publicly verifiable selection the draw uses (RND-3, RND-4)")
struct RFC3797Tests {
    /// RFC 3797 §6, "Fully Worked Example": a pool of 25, three lottery
    /// results as sources, ten selected.
    static let rfcSources = ["9319", "2 5 12 8 10", "9 18 26 34 41 45"]
    static let rfcKey = "9319./2.5.8.10.12./9.18.26.34.41.45./"
    static let rfcDigests = [
        "990DD0A5692A029A98B5E01AA28F3459", "3691E55CB63FCC37914430B2F70B5EC6", "FE814EDF564C190AC1D25753979990FA",
        "1863CCACEB568C31D7DDBDF1D4E91387", "F4AB33DF4889F0AF29C513905BE1D758", "13EAEB529F61ACFB9A29D0BA3A60DE4A",
        "992DB77C382CA2BDB9727001F3CDCCD9", "63AB4258ECA922976811C7F55C383CE7", "DFBC5AC97CED01B3A6E348E3CC63F40D",
        "31CB111C4A4EBE9287CEAE16FE51B909",
    ]
    static let rfcSelected = [17, 7, 2, 16, 25, 23, 8, 24, 19, 13]

    @Test("the RFC's worked example: its key string, its MD5 values, its divisors and its ten selections")
    func workedExample() throws {
        // setup
        let sources = try Self.rfcSources.map { try RFC3797Source(parsing: $0) }
        // MUT
        let key = try RFC3797.keyString(sources)
        let steps = try RFC3797.select(count: 10, fromPoolOf: 25, key: key)
        // validate
        #expect(key == Self.rfcKey)
        #expect(steps.map(\.md5) == Self.rfcDigests)
        #expect(steps.map(\.divisor) == Array((16...25).reversed()))
        #expect(steps.map(\.index) == Array(1...10))
        #expect(steps.map(\.selected) == Self.rfcSelected)
        #expect(steps.prefix(3).map(\.remainder) == [16, 6, 1])
    }

    @Test("MD5 matches RFC 1321's test suite and padding boundaries")
    func md5() {
        let suite: [(String, String)] = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
            (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
            (String(repeating: "a", count: 55), "ef1772b6dff9a122358552954ad0df65"),
            (String(repeating: "a", count: 56), "3b0c8ac703f828b04c6c197006d17218"),
            (String(repeating: "a", count: 63), "b06521f39153d618550606be297466d5"),
            (String(repeating: "a", count: 64), "014842d480b571495a4a0363793f7367"),
            (String(repeating: "a", count: 65), "c743a45e0d2e6a95cb859adae0248435"),
            (String(repeating: "a", count: 120), "5f61c0ccad4cac44c75ff505e1f1e537"),
            ("福彩3D", "e79f416908ae428ac3b04e5265ef053c"),
        ]
        for (input, expected) in suite {
            #expect(MD5.digest(Array(input.utf8)).hexUppercased == expected.uppercased(), "\(input.prefix(20))")
        }
    }

    @Test("numbers: sorted by value, no leading zeros, each followed by a period, the source by a slash", arguments: [
        ("2 5 12 8 10", "2.5.8.10.12./"),
        ("007 0 10", "0.7.10./"),
        ("000", "0./"),
        ("5,3, 3", "3.3.5./"),
        ("１２　３", "3.12./"),
        ("123456789012345678901234567890 99 1000", "99.1000.123456789012345678901234567890./"),
        ("9319", "9319./"),
    ])
    func numbers(value: String, keyPart: String) throws {
        #expect(try RFC3797Source(parsing: value).keyPart == keyPart)
    }

    @Test("strings: letters and digits kept, ASCII letters upper-cased, the rest dropped, then a slash", arguments: [
        ("ab12-CD 34", "AB12CD34/"),
        ("AB12cd34", "AB12CD34/"),
        ("福彩 3D，第2026001期", "福彩3D第2026001期/"),
        ("a.b/c", "ABC/"),
        ("ｓｈａ", "SHA/"),
    ])
    func strings(value: String, keyPart: String) throws {
        #expect(try RFC3797Source(parsing: value).keyPart == keyPart)
    }

    @Test("sources join in the order named; a source order change changes the key")
    func sourceOrder() throws {
        let lottery = try RFC3797Source(parsing: "3 1 2")
        let root = try RFC3797Source(parsing: "e3b0c442")
        #expect(try RFC3797.keyString([lottery, root]) == "1.2.3./E3B0C442/")
        #expect(try RFC3797.keyString([root, lottery]) == "E3B0C442/1.2.3./")
        #expect(try RFC3797.key("1.2.3./", extendedWith: "tier medium-high") == "1.2.3./TIERMEDIUMHIGH/")
    }

    @Test("refused: no sources, an empty source, a fraction, more than the pool, more than 65536")
    func refusals() throws {
        #expect(throws: DrawError.noSources) { try RFC3797.keyString([]) }
        #expect(throws: DrawError.emptySource(2)) { try RFC3797.keyString([.numbers(["1"]), try RFC3797Source(parsing: " -- ")]) }
        #expect(throws: DrawError.fractionalNumber("1.25")) { try RFC3797Source(parsing: "3 1.25") }
        #expect(throws: DrawError.countExceedsPool(count: 4, pool: 3)) { try RFC3797.select(count: 4, fromPoolOf: 3, key: "1./") }
        #expect(throws: DrawError.tooManySelections(65537)) { try RFC3797.select(count: 65537, fromPoolOf: 70000, key: "1./") }
        #expect(try RFC3797.select(count: 0, fromPoolOf: 0, key: "1./").isEmpty)
    }

    @Test("the fast remaining-pool lookup picks exactly what the reference code's scan picks")
    func matchesReferenceScan() throws {
        for pool in [1, 2, 3, 7, 16, 17, 64, 100] {
            for count in Set([0, 1, pool / 2, pool]) {
                let key = "\(pool)./\(count)./"
                let steps = try RFC3797.select(count: count, fromPoolOf: pool, key: key)
                #expect(steps.map(\.selected) == Self.referenceScan(count: count, pool: pool, key: key), "pool \(pool) count \(count)")
                #expect(Set(steps.map(\.selected)).count == count)
            }
        }
    }

    /// The RFC's own loop: walk the pool, skipping selected entries, until the remainder runs out.
    static func referenceScan(count: Int, pool: Int, key: String) -> [Int] {
        var taken = [Bool](repeating: false, count: pool)
        var result: [Int] = []
        for index in 0..<count {
            var k = RFC3797.remainder(of: RFC3797.digest(index: index, key: key), dividedBy: pool - index)
            for position in 0..<pool where !taken[position] {
                if k == 0 { taken[position] = true; result.append(position + 1); break }
                k -= 1
            }
        }
        return result
    }
}
