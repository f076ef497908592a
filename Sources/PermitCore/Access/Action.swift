/// Something an actor asks to do. Every non-public route names exactly one.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case viewHome
    case viewOwnAccount
    case changeOwnPassword
    /// An enterprise account reads its own enterprise and licences.
    case viewOwnEnterprise
    case viewDistricts
    case manageDistricts
    case viewUsers
    case manageUsers
    case viewDistrictUsers
    /// Reading ledger entries: they name people and enterprises, so only those
    /// who oversee every district read them; the public sees hashes only.
    case viewLedger
    /// 企业名录库: district staff see the enterprises of their district only.
    case viewEnterprises
    case manageEnterprises
    /// Bulk import, which may touch every district: the city bureau's.
    case importEnterprises
    /// The working-day calendar: everyone signed in reads it; the city
    /// bureau loads each year's State Council notice.
    case viewCalendar
    case manageCalendar
    /// Loading inspectors of every district at once: the city bureau's.
    case importInspectors
    /// 产品目录: every signed-in role reads it; the city bureau edits it.
    case viewCatalogue
    case manageCatalogue
    /// 执法检查人员名录库: the city bureau and auditors see every district's;
    /// district staff see their own, and district officers keep it.
    case viewAllInspectors
    case viewInspectors
    case manageInspectors
    /// 立案 — opening a case: the bureaus' officers.
    case openCases
    /// Reading cases and one's worklist; which cases, `CaseAccess` decides.
    case viewCases
    /// Publishing a new version of a process definition.
    case manageProcesses
    /// 检验检测机构: the city bureau registers them (CMA is its work).
    case viewAgencies
    case manageAgencies

    /// What someone whose password was reset may do before choosing their own.
    public var isAllowedBeforePasswordChange: Bool {
        self == .viewOwnAccount || self == .changeOwnPassword
    }

    /// The roles that may ever do this, before the district is considered.
    public var permittedRoles: Set<Role> {
        switch self {
        case .viewHome, .viewOwnAccount, .changeOwnPassword, .viewDistricts, .viewCalendar:
            Set(Role.allCases)
        case .viewUsers, .viewLedger:
            [.cityOfficer, .auditor]
        case .manageUsers, .manageDistricts, .importEnterprises, .manageCalendar, .importInspectors:
            [.cityOfficer]
        case .viewEnterprises:
            [.cityOfficer, .auditor, .districtOfficer, .inspector]
        case .manageEnterprises:
            [.cityOfficer, .districtOfficer]
        case .viewOwnEnterprise:
            [.enterprise]
        case .viewDistrictUsers:
            [.cityOfficer, .auditor, .districtOfficer]
        case .viewCatalogue:
            Set(Role.allCases)
        case .manageCatalogue:
            [.cityOfficer]
        case .viewAllInspectors:
            [.cityOfficer, .auditor]
        case .viewInspectors:
            [.cityOfficer, .auditor, .districtOfficer, .inspector]
        case .manageInspectors:
            [.districtOfficer]
        case .openCases:
            [.cityOfficer, .districtOfficer]
        case .viewCases:
            Set(Role.allCases)
        case .manageProcesses, .manageAgencies:
            [.cityOfficer]
        case .viewAgencies:
            [.cityOfficer, .auditor, .reviewer, .testingAgency]
        }
    }
}

/// What an action is done to, as far as access is concerned: the installation
/// as a whole, or something that belongs to one district.
public enum Resource: Hashable, Sendable {
    case installation
    case district(DistrictCode)
}
