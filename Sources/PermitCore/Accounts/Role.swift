/// What an account is for. The role, together with the district, decides what
/// an actor may see and do.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// 市局 — officer of the city bureau; sees every district.
    case cityOfficer = "city_officer"
    /// 区/县局 — officer of a district or county bureau; sees its own district.
    case districtOfficer = "district_officer"
    /// 执法人员 — inspector of a district bureau, working in the field.
    case inspector
    /// 审查机构 — reviewer of a technical review agency.
    case reviewer
    /// 企业 — user acting for a licensed or applying enterprise.
    case enterprise
    /// 检验检测机构 — user of an inspection and testing agency.
    case testingAgency = "testing_agency"
    /// 审计 — read-only auditor; reads everything, changes nothing.
    case auditor

    /// Roles whose accounts speak for an organisation of the registry (an
    /// enterprise, a testing agency, the review agency a reviewer works for
    /// and whose assigned cases they act on), named by its credit code.
    public var belongsToOrganisation: Bool {
        self == .enterprise || self == .testingAgency || self == .reviewer
    }

    /// Roles whose work belongs to one district bureau, so an account with such
    /// a role must name its district.
    public var requiresDistrict: Bool {
        switch self {
        case .districtOfficer, .inspector: true
        case .cityOfficer, .reviewer, .enterprise, .testingAgency, .auditor: false
        }
    }
}
