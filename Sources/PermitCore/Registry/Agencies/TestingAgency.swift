import Foundation

public typealias TestingAgencyID = Identifier<TestingAgency>

/// 检验检测机构 — an inspection and testing agency, registered like an
/// enterprise by its credit code: the subject of CMA cases, and the
/// organisation a testing-agency account speaks for.
public struct TestingAgency: Hashable, Sendable {
    public var id: TestingAgencyID
    public var creditCode: UnifiedSocialCreditCode
    public var name: String
    public var district: DistrictCode?

    public init(id: TestingAgencyID, creditCode: UnifiedSocialCreditCode, name: String, district: DistrictCode?) {
        self.id = id
        self.creditCode = creditCode
        self.name = name
        self.district = district
    }
}

/// What registering an agency checks.
public enum TestingAgencyRules {
    public static let subjectKind = "agency"
    public static let nameLimit = 100

    public static func validate(creditCode: String, name: String, district: String?) throws(InvalidInput) -> (UnifiedSocialCreditCode, String, DistrictCode?) {
        var issues: [FieldIssue] = []
        var code: UnifiedSocialCreditCode?
        do { code = try UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(creditCode)) } catch {
            issues.append(FieldIssue(field: "creditCode", problem: .creditCode(error)))
        }
        let trimmed = name.trimmingWhitespace()
        if trimmed.isEmpty { issues.append(FieldIssue(field: "name", problem: .missing)) }
        if trimmed.textLength > nameLimit { issues.append(FieldIssue(field: "name", problem: .tooLong(maximum: nameLimit))) }
        var districtCode: DistrictCode?
        if let district, !district.isEmpty {
            districtCode = DistrictCode(rawValue: district)
            if districtCode == nil { issues.append(FieldIssue(field: "district", problem: .invalidFormat)) }
        }
        guard issues.isEmpty, let code else { throw InvalidInput(issues) }
        return (code, trimmed, districtCode)
    }
}
