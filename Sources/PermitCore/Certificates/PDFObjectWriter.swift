import Foundation

/// Lays out numbered objects and remembers where each starts, for the
/// cross-reference table.
struct ObjectWriter {
    private(set) var output: [UInt8] = []
    private var offsets: [Int: Int] = [:]

    init() {
        // The second line's bytes above 127 tell transfer tools the file is
        // binary (PDF 1.7 §7.5.2), so they do not rewrite line endings.
        output.append(contentsOf: "%PDF-1.7\n%".utf8)
        output.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        output.append(contentsOf: body.utf8)
        output.append(contentsOf: "\nendobj\n".utf8)
    }

    mutating func stream(_ number: Int, dictionary: String, data: [UInt8]) {
        begin(number)
        // /Length counts exactly the data: the EOL after "stream" and the one
        // before "endstream" are not part of it (PDF 1.7 §7.3.8.1).
        let extra = dictionary.isEmpty ? "" : dictionary + " "
        output.append(contentsOf: "<< \(extra)/Length \(data.count) >>\nstream\n".utf8)
        output.append(contentsOf: data)
        output.append(contentsOf: "\nendstream\nendobj\n".utf8)
    }

    private mutating func begin(_ number: Int) {
        offsets[number] = output.count
        output.append(contentsOf: "\(number) 0 obj\n".utf8)
    }

    /// Appends the cross-reference table and trailer. Object numbers must be
    /// 1…n without gaps, which `PDFDocument.bytes()` guarantees.
    consuming func finish(root: Int, info: Int) -> [UInt8] {
        let size = (offsets.keys.max() ?? 0) + 1
        let id = Fingerprint.hex(of: output)
        let xref = output.count

        // Every entry is exactly 20 bytes: 10-digit offset, space, 5-digit
        // generation, space, type, and a two-byte end of line (space + LF).
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            let offset = String(offsets[number] ?? 0)
            table += String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n"
        }
        table += """
            trailer
            << /Size \(size) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(id)> <\(id)>] >>
            startxref
            \(xref)
            %%EOF

            """
        output.append(contentsOf: table.utf8)
        return output
    }
}

/// A 128-bit fingerprint of the body for the trailer's /ID: two FNV-1a 64-bit
/// hashes with different offset bases. The /ID only has to tell files apart
/// and be stable for identical content; it is not a security measure, so a
/// cryptographic hash (and its dependency) is not needed in the core.
enum Fingerprint {
    static func hex(of bytes: [UInt8]) -> String {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte)) &* prime
        }
        return [first, second].map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
