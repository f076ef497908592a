/// 业务流水号 — business serial number, the name under which an audio-visual
/// or photo record of a case is filed (REC-7: "以业务流水号…作为文件名").
///
/// Form `<case number>-<YYYYMMDD>-<NNNN>`, e.g. `SQ-2026-00017-20260315-0003`:
/// the case, the civil date (Asia/Shanghai) the record was made, and a
/// 4-digit sequence among that case's records of that day. Only `A–Z`,
/// `0–9` and `-` appear, so the number is a safe file name on every system
/// (no slash, space, dot or non-ASCII), the evidence of one case sorts
/// together and by date, and the case can be recovered from a file name
/// alone. The storage layer appends the extension (`.mp4`, `.jpg`).
///
/// The database allocates the sequence; this type formats, parses, validates.
public struct BusinessSerialNumber: Hashable, Sendable {
    public let caseNumber: CaseNumber
    public let date: CivilDate
    public let sequence: Int

    /// Sequences that fit four digits; 0 is never allocated.
    public static let sequences: ClosedRange<Int> = 1...9_999

    public init(caseNumber: CaseNumber, date: CivilDate, sequence: Int) throws(BusinessSerialNumberError) {
        guard Self.sequences.contains(sequence) else { throw .sequenceOutOfRange(sequence) }
        self.caseNumber = caseNumber
        self.date = date
        self.sequence = sequence
    }

    /// Parses exactly the canonical form.
    public init(parsing text: String) throws(BusinessSerialNumberError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 5 else { throw .malformed(text) }
        let caseNumber: CaseNumber
        do {
            caseNumber = try CaseNumber(parsing: parts[0..<3].joined(separator: "-"))
        } catch {
            throw .invalidCaseNumber(error)
        }
        let date: CivilDate
        do {
            date = try CivilDate(parsingCompact: String(parts[3]))
        } catch {
            throw .malformedDate(String(parts[3]))
        }
        guard let sequence = NumberingSyntax.digits(parts[4], count: 4) else {
            throw .malformedSequence(String(parts[4]))
        }
        try self.init(caseNumber: caseNumber, date: date, sequence: sequence)
    }
}

extension BusinessSerialNumber: CustomStringConvertible {
    /// The canonical form, usable as a file name stem.
    public var description: String {
        "\(caseNumber)-\(date.compactDescription)-\(sequence.zeroPadded(4))"
    }
}

extension BusinessSerialNumber: Codable {
    /// Encoded as the canonical string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Invalid business serial number: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a business serial number cannot be built or parsed.
public enum BusinessSerialNumberError: Error, Hashable, Sendable {
    /// Not five hyphen-separated parts.
    case malformed(String)
    /// The first three parts are not a case number.
    case invalidCaseNumber(CaseNumberError)
    /// The fourth part is not a real `YYYYMMDD` date.
    case malformedDate(String)
    /// The fifth part is not four ASCII digits.
    case malformedSequence(String)
    /// Outside `BusinessSerialNumber.sequences` (including 0).
    case sequenceOutOfRange(Int)
}
