import Foundation

/// A column of an enterprise import or export file.
public enum EnterpriseColumn: String, ImportColumn {
    case name, creditCode, registeredAddress, registeredDistrict, productionAddress, productionDistrict
    case legalRepresentative, phone, licenseNumber, licenseIssuedOn, licenseValidUntil, productScope

    public var chineseHeader: String {
        switch self {
        case .name: "企业名称"
        case .creditCode: "统一社会信用代码"
        case .registeredAddress: "注册地址"
        case .registeredDistrict: "注册地辖区"
        case .productionAddress: "生产地址"
        case .productionDistrict: "生产地辖区"
        case .legalRepresentative: "法定代表人"
        case .phone: "联系电话"
        case .licenseNumber: "许可证编号"
        case .licenseIssuedOn: "发证日期"
        case .licenseValidUntil: "有效期至"
        case .productScope: "产品范围"
        }
    }

    /// How English pages and messages name the column.
    public var englishLabel: String {
        switch self {
        case .name: "Enterprise name"
        case .creditCode: "Unified social credit code"
        case .registeredAddress: "Registered address"
        case .registeredDistrict: "Registered district"
        case .productionAddress: "Production address"
        case .productionDistrict: "Production district"
        case .legalRepresentative: "Legal representative"
        case .phone: "Phone"
        case .licenseNumber: "Licence number"
        case .licenseIssuedOn: "Issued on"
        case .licenseValidUntil: "Valid until"
        case .productScope: "Product scope"
        }
    }

    /// Columns without which no row can be valid; the licence columns are
    /// optional for an enterprise that holds none yet.
    public var isRequired: Bool {
        switch self {
        case .licenseNumber, .licenseIssuedOn, .licenseValidUntil, .productScope: false
        default: true
        }
    }

    /// The registration (登记信息) columns `EnterpriseEditRights` gives to the
    /// registration district.
    public var isRegistration: Bool {
        switch self {
        case .name, .creditCode, .registeredAddress, .registeredDistrict, .legalRepresentative: true
        default: false
        }
    }

    /// Columns that name a district.
    public var isDistrict: Bool {
        self == .registeredDistrict || self == .productionDistrict
    }

    public func value(in draft: EnterpriseDraft) -> String {
        draft[keyPath: keyPath]
    }

    public func assign(_ value: String, to draft: inout EnterpriseDraft) {
        draft[keyPath: keyPath] = value
    }

    private var keyPath: WritableKeyPath<EnterpriseDraft, String> {
        switch self {
        case .name: \.name
        case .creditCode: \.creditCode
        case .registeredAddress: \.registeredAddress
        case .registeredDistrict: \.registeredDistrict
        case .productionAddress: \.productionAddress
        case .productionDistrict: \.productionDistrict
        case .legalRepresentative: \.legalRepresentative
        case .phone: \.phone
        case .licenseNumber: \.licenseNumber
        case .licenseIssuedOn: \.licenseIssuedOn
        case .licenseValidUntil: \.licenseValidUntil
        case .productScope: \.productScope
        }
    }
}
