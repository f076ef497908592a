import PermitCore
import Testing

@Suite("QRCode — byte-mode QR Code encoder")
struct QRCodeTests {
    /// "HELLO" at level M, version 1, mask 3 (the mask the ISO penalty rules
    /// pick). Derived independently with Nayuki's qrcodegen and the Python
    /// qrcode package, both forced to mask 3; `#` is dark.
    static let helloMedium = [
        "#######.#..#..#######",
        "#.....#.####..#.....#",
        "#.###.#...#.#.#.###.#",
        "#.###.#.#.#.#.#.###.#",
        "#.###.#....#..#.###.#",
        "#.....#....##.#.....#",
        "#######.#.#.#.#######",
        "........#..##........",
        "#.##.###.#.##.#..#.##",
        ".##.##.#.######..##..",
        "#...#.#..#.#.......##",
        "#.##...#...#..####.#.",
        ".#.######...#..#..#.#",
        "........####..#...#.#",
        "#######.#..##..#.....",
        "#.....#.#.#....#####.",
        "#.###.#.....######.##",
        "#.###.#.#.##..#.####.",
        "#.###.#.##..#.##..#..",
        "#.....#...#..#.##...#",
        "#######.#.#..#.#.....",
    ]

    static func rows(of code: QRCode) -> [String] {
        (0..<code.size).map { y in String((0..<code.size).map { x in code.isDark(x: x, y: y) ? "#" : "." }) }
    }

    @Test("Matches the reference matrix for HELLO at level M")
    func golden() throws {
        let code = try QRCode(encoding: "HELLO", correction: .medium)
        #expect(code.version == 1)
        #expect(code.size == 21)
        #expect(Self.rows(of: code) == Self.helloMedium)
    }

    @Test("Picks the smallest version that holds the bytes")
    func versionSelection() throws {
        // Byte capacities from ISO/IEC 18004 Table 7, each at a version boundary;
        // 9 → 10 is also where the length field grows from 8 to 16 bits.
        let cases: [(bytes: Int, correction: QRCode.ErrorCorrection, version: Int)] = [
            (1, .medium, 1), (14, .medium, 1), (15, .medium, 2),
            (17, .low, 1), (18, .low, 2), (11, .quartile, 1), (12, .quartile, 2),
            (7, .high, 1), (8, .high, 2), (58, .high, 6), (59, .high, 7),
            (230, .low, 9), (231, .low, 10), (180, .medium, 9), (181, .medium, 10),
            (2953, .low, 40), (1273, .high, 40),
        ]
        for entry in cases {
            let code = try QRCode(encoding: String(repeating: "a", count: entry.bytes), correction: entry.correction)
            #expect(code.version == entry.version, "\(entry.bytes) bytes at \(entry.correction)")
            #expect(code.size == 4 * entry.version + 17)
            #expect(code.modules.count == code.size * code.size)
        }
    }

    @Test("Counts UTF-8 bytes, not characters")
    func utf8() throws {
        // 24 characters but 42 bytes: as characters it would fit version 2-M
        // (26 bytes); as bytes it takes all of 3-M (42).
        let code = try QRCode(encoding: "工业产品生产许可证 XK13-001-00001", correction: .medium)
        #expect(code.version == 3)
    }

    @Test("Defaults to level M")
    func defaultLevel() throws {
        #expect(try QRCode(encoding: "HELLO") == QRCode(encoding: "HELLO", correction: .medium))
        #expect(try QRCode(encoding: "HELLO") != QRCode(encoding: "HELLO", correction: .low))
    }

    @Test("Finder patterns and their separators sit in three corners")
    func finders() throws {
        for text in ["HELLO", String(repeating: "https://permits.example.gov.cn/", count: 6)] {
            let code = try QRCode(encoding: text, correction: .high)
            let last = code.size - 1
            for (left, top) in [(0, 0), (last - 6, 0), (0, last - 6)] {
                for dy in 0..<7 {
                    for dx in 0..<7 {
                        let ring = max(abs(dx - 3), abs(dy - 3))
                        #expect(code.isDark(x: left + dx, y: top + dy) == (ring != 2), "\(text.count): (\(left + dx), \(top + dy))")
                    }
                }
            }
            // The light separator along the inner edges.
            for index in 0..<8 {
                #expect(!code.isDark(x: 7, y: index) && !code.isDark(x: index, y: 7))
                #expect(!code.isDark(x: last - 7, y: index) && !code.isDark(x: last - index, y: 7))
                #expect(!code.isDark(x: 7, y: last - index) && !code.isDark(x: index, y: last - 7))
            }
        }
    }

    @Test("Timing patterns alternate between the finders")
    func timing() throws {
        let code = try QRCode(encoding: String(repeating: "a", count: 100), correction: .quartile)
        for index in 8..<(code.size - 8) {
            #expect(code.isDark(x: index, y: 6) == index.isMultiple(of: 2))
            #expect(code.isDark(x: 6, y: index) == index.isMultiple(of: 2))
        }
    }

    @Test("The dark module is always dark", arguments: [1, 20, 60, 200, 1000])
    func darkModule(bytes: Int) throws {
        let code = try QRCode(encoding: String(repeating: "a", count: bytes), correction: .quartile)
        #expect(code.isDark(x: 8, y: 4 * code.version + 9))
    }

    @Test("Format information names level and mask, twice")
    func formatBits() throws {
        // ISO/IEC 18004 Table C.1: M with mask 3, L with mask 0 — the masks the
        // penalty rules choose for HELLO, checked against a reference evaluator.
        for (correction, expected) in [(QRCode.ErrorCorrection.medium, "101101101001011"), (.low, "111011111000100")] {
            let code = try QRCode(encoding: "HELLO", correction: correction)
            let bit = { (x: Int, y: Int) in code.isDark(x: x, y: y) ? "1" : "0" }
            let last = code.size - 1
            // Most significant bit first around the top-left finder…
            let row: [String] = (0...5).map { bit($0, 8) } + [bit(7, 8), bit(8, 8)]
            let column: [String] = [bit(8, 7)] + (0...5).reversed().map { bit(8, $0) }
            #expect((row + column).joined() == expected)
            // …and split between the other two.
            let lowerLeft: [String] = (0..<7).map { bit(8, last - $0) }
            let upperRight: [String] = (0..<8).map { bit(last - 7 + $0, 8) }
            #expect((lowerLeft + upperRight).joined() == expected)
        }
    }

    @Test("Version information from version 7 on")
    func versionBits() throws {
        let code = try QRCode(encoding: String(repeating: "a", count: 60), correction: .high)
        #expect(code.version == 7)
        let last = code.size - 1
        // Table D.1: version 7 is 000111 110010010100, least significant bit
        // nearest the top-left corner of each block.
        let expected = "000111110010010100"
        let bottomLeft = (0..<18).reversed().map { code.isDark(x: $0 / 3, y: last - 10 + $0 % 3) ? "1" : "0" }
        let topRight = (0..<18).reversed().map { code.isDark(x: last - 10 + $0 % 3, y: $0 / 3) ? "1" : "0" }
        #expect(bottomLeft.joined() == expected)
        #expect(topRight.joined() == expected)
    }

    @Test("Outside the symbol is light, as the quiet zone is")
    func outside() throws {
        let code = try QRCode(encoding: "HELLO")
        #expect(code.isDark(x: 0, y: 0))
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: -1))
        #expect(!code.isDark(x: code.size, y: 0) && !code.isDark(x: 0, y: code.size))
    }

    @Test("Refuses more bytes than version 40 holds")
    func tooLong() {
        #expect(throws: QRCodeError.tooLong(bytes: 3000)) { try QRCode(encoding: String(repeating: "a", count: 3000)) }
        #expect(throws: QRCodeError.tooLong(bytes: 2954)) {
            try QRCode(encoding: String(repeating: "a", count: 2954), correction: .low)
        }
        #expect(throws: QRCodeError.tooLong(bytes: 3000)) { try QRCode(encoding: String(repeating: "工", count: 1000), correction: .low) }
    }
}
