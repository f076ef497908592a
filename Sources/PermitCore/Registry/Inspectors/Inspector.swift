import Foundation

public typealias InspectorID = Identifier<Inspector>

/// 执法证号 — the number of an inspector's law-enforcement certificate, unique
/// across the installation: 4 to 32 ASCII letters, digits or hyphens, compared
/// in upper case.
public struct EnforcementCertificateNumber: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public static let allowedLength = 4...32

    public let rawValue: String

    public init?(rawValue: String) {
        let upper = rawValue.uppercased()
        guard Self.allowedLength.contains(upper.utf8.count),
              upper.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || $0 == UInt8(ascii: "-") })
        else { return nil }
        self.rawValue = upper
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// 执法检查人员 — an entry of a district bureau's inspector database (RND-2),
/// from which inspectors are drawn at random for inspections (RND-4).
public struct Inspector: Hashable, Sendable {
    public var id: InspectorID
    public var district: DistrictCode
    public var name: String
    /// 所在单位 — the unit the inspector works in.
    public var unit: String
    /// 职务 — position.
    public var position: String
    public var phone: String
    public var certificateNumber: EnforcementCertificateNumber
    /// Inactive inspectors stay listed for the record but are never drawn.
    public var isActive: Bool
    /// 回避企业 — enterprises the inspector declared a conflict of interest
    /// with and must not inspect, by unified social credit code, sorted.
    public var conflicts: [UnifiedSocialCreditCode]

    public init(
        id: InspectorID, district: DistrictCode, name: String, unit: String, position: String, phone: String,
        certificateNumber: EnforcementCertificateNumber, isActive: Bool, conflicts: [UnifiedSocialCreditCode]
    ) {
        self.id = id
        self.district = district
        self.name = name
        self.unit = unit
        self.position = position
        self.phone = phone
        self.certificateNumber = certificateNumber
        self.isActive = isActive
        self.conflicts = Array(Set(conflicts)).sorted { $0.rawValue < $1.rawValue }
    }

    /// Whether the inspector must stay away from this enterprise.
    public func hasConflict(with enterprise: UnifiedSocialCreditCode) -> Bool {
        conflicts.contains(enterprise)
    }
}

/// Why an inspector change was refused.
public enum InspectorError: Error, Hashable, Sendable {
    case certificateTaken(EnforcementCertificateNumber)
    case unknownInspector(InspectorID)
    case unknownDistrict(DistrictCode)
    case unchanged
}
