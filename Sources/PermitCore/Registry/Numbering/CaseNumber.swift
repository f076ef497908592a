/// 案件编号 — the one number of a case (一案一号, ARC-1).
///
/// Canonical form `KK-YYYY-NNNNN`, e.g. `SQ-2026-00017`: the kind's code,
/// the year the case was opened, and the sequence within that kind and year,
/// zero-padded to five digits. It is ASCII only, so it is safe in URLs,
/// file names and search boxes, sorts chronologically within a kind, and
/// round-trips through `init(parsing:)`. The Chinese display form
/// (`许可申请〔2026〕00017号`) is for documents only and is not parsed.
///
/// The database allocates sequences (unique per kind and year); this type
/// only formats, parses and validates.
public struct CaseNumber: Hashable, Sendable {
    public let kind: CaseKind
    public let year: Int
    public let sequence: Int

    /// Years a case number can carry (four digits, not before the system).
    public static let years: ClosedRange<Int> = 2000...9999
    /// Sequences that fit five digits; 0 is never allocated.
    public static let sequences: ClosedRange<Int> = 1...99_999

    public init(kind: CaseKind, year: Int, sequence: Int) throws(CaseNumberError) {
        guard Self.years.contains(year) else { throw .yearOutOfRange(year) }
        guard Self.sequences.contains(sequence) else { throw .sequenceOutOfRange(sequence) }
        self.kind = kind
        self.year = year
        self.sequence = sequence
    }

    /// Parses exactly the canonical form: no spaces, upper-case code, four-
    /// digit year, five-digit sequence.
    public init(parsing text: String) throws(CaseNumberError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed(text) }
        guard let kind = CaseKind(code: String(parts[0])) else { throw .unknownKindCode(String(parts[0])) }
        guard let year = NumberingSyntax.digits(parts[1], count: 4) else { throw .malformedYear(String(parts[1])) }
        guard let sequence = NumberingSyntax.digits(parts[2], count: 5) else {
            throw .malformedSequence(String(parts[2]))
        }
        try self.init(kind: kind, year: year, sequence: sequence)
    }

    /// The Chinese form for printed documents, e.g. `许可申请〔2026〕00017号`.
    public var chineseDisplay: String {
        "\(kind.chineseLabel)〔\(year)〕\(sequence.zeroPadded(5))号"
    }
}

extension CaseNumber: CustomStringConvertible {
    /// The canonical form, e.g. `SQ-2026-00017`.
    public var description: String {
        "\(kind.code)-\(year)-\(sequence.zeroPadded(5))"
    }
}

extension CaseNumber: Codable {
    /// Encoded as the canonical string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid case number: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a case number cannot be built or parsed.
public enum CaseNumberError: Error, Hashable, Sendable {
    /// Not three parts separated by single hyphens.
    case malformed(String)
    /// The first part is no `CaseKind.code`.
    case unknownKindCode(String)
    /// The second part is not four ASCII digits.
    case malformedYear(String)
    /// The third part is not five ASCII digits.
    case malformedSequence(String)
    /// Outside `CaseNumber.years`.
    case yearOutOfRange(Int)
    /// Outside `CaseNumber.sequences` (including 0).
    case sequenceOutOfRange(Int)
}
