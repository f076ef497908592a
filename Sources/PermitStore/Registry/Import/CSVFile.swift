import CSV
import Foundation
import PermitCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the CSV files bureaus exchange with spreadsheet
/// programs: UTF-8 (with or without a byte-order mark) or GB18030, which
/// Chinese spreadsheet programs write by default.
public enum CSVFile {
    /// The largest file accepted; a hundred thousand enterprises take about 30 MB.
    public static let maxBytes = 128 << 20

    /// The rows of a file, header first.
    public static func table(_ data: Data) throws(ImportFileError) -> [[String]] {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= maxBytes else { throw .tooLarge(limit: maxBytes) }
        if isSpreadsheet(data) { throw .spreadsheet }
        return try table(text: try decode(data))
    }

    /// Workbooks start with a ZIP header (.xlsx) or the OLE compound-file
    /// header (.xls); no CSV file does.
    static func isSpreadsheet(_ data: Data) -> Bool {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04], ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        return data.starts(with: zip) || data.starts(with: ole)
    }

    /// The line (1-based) of a quote that opens a cell and is never closed,
    /// which the reader would take as one cell running to the end of the file.
    static func unclosedQuoteLine(_ text: String) -> Int? {
        var line = 1, openedOn: Int?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                openedOn = openedOn == nil ? line : nil
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return openedOn
    }

    static func decode(_ data: Data) throws(ImportFileError) -> String {
        if let text = String(validating: data, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        guard let text = GB18030.decode(data) else { throw .unknownEncoding }
        return text
    }

    static func table(text: String) throws(ImportFileError) -> [[String]] {
        if let line = unclosedQuoteLine(text) { throw .unclosedQuote(line: line) }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false) } catch { throw .malformedCSV(line: 1) }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row.map(SpreadsheetCell.restored)) }
        if reader.error != nil { throw .malformedCSV(line: rows.count + 1) }
        guard !rows.isEmpty else { throw .empty }
        return rows
    }

    /// UTF-8 with a byte-order mark, which is how spreadsheet programs tell
    /// a UTF-8 CSV from one in the local encoding when they open it. Every
    /// cell that a spreadsheet would run as a formula is written as text.
    public static func write(_ table: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in table { try writer.write(row: row.map(SpreadsheetCell.neutralised)) }
        writer.stream.close()
        let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + written
    }
}

/// GB18030 to UTF-8 through the C library's iconv, which Foundation on Linux
/// does not expose as a `String.Encoding`.
enum GB18030 {
    static func decode(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](unsafeUninitializedCapacity: data.count) { buffer, count in
            count = data.copyBytes(to: UnsafeMutableRawBufferPointer(buffer))
        }
        // Two bytes of GB18030 become at most three of UTF-8, four stay four.
        var output = [CChar](repeating: 0, count: data.count * 2 + 4)
        var inputLeft = input.count
        var outputLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var outputPointer = outputBuffer.baseAddress
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else { return nil }
        let bytes = output[..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }
        return String(validating: bytes, as: UTF8.self)
    }
}
