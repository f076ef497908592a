import FluentPostgresDriver
import Foundation
import PermitCore

/// Many rows into PostgreSQL through `COPY … FROM STDIN` in its text format.
///
/// A multi-row `INSERT` of a few hundred rows is one statement with
/// thousands of parameters, which the server parses and plans each time;
/// `COPY` streams the rows instead. The values are
/// written as the text the server reads back into exactly what binding the
/// same Swift value stores.
struct PostgresCopy {
    let table: String
    let columns: [String]

    /// Sent in pieces of about this many bytes.
    static let pieceBytes = 1 << 20

    func run(_ rows: [[BulkValue]], on postgres: any PostgresDatabase) async throws {
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: table, columns: columns, logger: postgres.logger) { writer in
                    var piece = ByteBuffer()
                    piece.reserveCapacity(Self.pieceBytes + 4096)
                    for row in rows {
                        for (number, value) in row.enumerated() {
                            if number > 0 { piece.writeInteger(UInt8(ascii: "\t")) }
                            value.writeCopyText(into: &piece)
                        }
                        piece.writeInteger(UInt8(ascii: "\n"))
                        if piece.readableBytes >= Self.pieceBytes {
                            try await writer.write(piece)
                            piece.clear()
                        }
                    }
                    if piece.readableBytes > 0 { try await writer.write(piece) }
                }
            }
        }.get()
    }

    /// Whether every value has a text form here; dates outside years 1–9999
    /// do not, and go through an `INSERT` instead.
    static func canCopy(_ rows: [[BulkValue]]) -> Bool {
        rows.allSatisfy { $0.allSatisfy { if case .date(let date) = $0 { CopyTimestamp.representable.contains(date) } else { true } } }
    }
}

extension BulkValue {
    /// The value as a field of `COPY`'s text format: `\N` for null, text with
    /// backslash, tab, newline and carriage return escaped, bytea as `\\x`
    /// and hex digits.
    fileprivate func writeCopyText(into buffer: inout ByteBuffer) {
        switch self {
        case .null:
            buffer.writeStaticString("\\N")
        case .integer(let number):
            buffer.writeString(String(number))
        case .uuid(let uuid):
            buffer.writeString(uuid.uuidString)
        case .date(let date):
            // Checked by `canCopy` before any row is written.
            buffer.writeString(CopyTimestamp(date)!.text)
        case .text(let text):
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        case .blob(let bytes):
            buffer.writeStaticString("\\\\x")
            let digits: StaticString = "0123456789abcdef"
            digits.withUTF8Buffer { digits in
                for byte in bytes {
                    buffer.writeInteger(digits[Int(byte >> 4)])
                    buffer.writeInteger(digits[Int(byte & 0x0F)])
                }
            }
        }
    }
}

/// A `timestamptz` as text, to the microsecond PostgresNIO's binary
/// encoding of the same `Date` keeps: whole microseconds since 2000-01-01
/// UTC, the fraction cut off toward zero.
struct CopyTimestamp {
    let text: String

    /// 0001-01-01 up to 10000-01-01, the years `CivilDate` and the text form
    /// have; checked by comparison alone, without formatting anything.
    static let representable = Date(timeIntervalSince1970: -62_135_596_800)..<Date(timeIntervalSince1970: 253_402_300_800)

    init?(_ date: Date) {
        guard Self.representable.contains(date) else { return nil }
        let seconds = date.timeIntervalSince(Date(timeIntervalSince1970: 946_684_800)) * 1_000_000
        let (second, fraction) = Self.floorDivide(Int64(seconds), 1_000_000)
        let (day, secondOfDay) = Self.floorDivide(second, 86_400)
        guard let civil = CivilDate(daysSinceEpoch: Int(day) + 10_957) else { return nil }
        text = "\(civil) \((secondOfDay / 3600).zeroPadded(2)):\((secondOfDay / 60 % 60).zeroPadded(2)):"
            + "\((secondOfDay % 60).zeroPadded(2)).\(fraction.zeroPadded(6))+00"
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }
}
