extension CivilDate: CustomStringConvertible, LosslessStringConvertible {
    /// The ISO 8601 calendar form `YYYY-MM-DD`, zero-padded.
    public var description: String {
        year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }

    /// Compact `YYYYMMDD`, used inside identifiers such as business serial
    /// numbers where a hyphen would be ambiguous.
    public var compactDescription: String {
        year.zeroPadded(4) + month.zeroPadded(2) + day.zeroPadded(2)
    }

    /// Parses exactly `YYYY-MM-DD`: ten ASCII characters, no whitespace, no
    /// other separators, and a day that exists. Strictness matters because
    /// these strings come from administrators' files and API clients, and a
    /// lenient parser would silently turn `2025-2-30` into something.
    public init(parsing text: String) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.digits(bytes[0..<4]),
              let month = Self.digits(bytes[5..<7]),
              let day = Self.digits(bytes[8..<10])
        else { throw .malformed(text) }
        try self.init(year: year, month: month, day: day)
    }

    /// Parses the compact `YYYYMMDD` form strictly.
    public init(parsingCompact text: String) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8,
              let year = Self.digits(bytes[0..<4]),
              let month = Self.digits(bytes[4..<6]),
              let day = Self.digits(bytes[6..<8])
        else { throw .malformed(text) }
        try self.init(year: year, month: month, day: day)
    }

    /// `LosslessStringConvertible`: nil unless `description` is valid.
    public init?(_ description: String) {
        guard let date = try? CivilDate(parsing: description) else { return nil }
        self = date
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension CivilDate: Codable {
    /// Encoded as its `YYYY-MM-DD` string so JSON and database columns stay
    /// readable and sort correctly as text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Not a YYYY-MM-DD date: \(text)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
