import Foundation

/// 第十六条: AA类企业分类监管信息由市质量技监局汇总后报国家质检总局 — the
/// AA enterprises of the city, one line per AA decision in force, for the
/// national authority.
public struct AAListRow: Hashable, Sendable {
    public var creditCode: UnifiedSocialCreditCode
    public var name: String
    public var district: DistrictCode
    public var record: ClassificationRecord
    public var productRisk: ProductRiskLevel?

    public init(creditCode: UnifiedSocialCreditCode, name: String, district: DistrictCode, record: ClassificationRecord, productRisk: ProductRiskLevel?) {
        self.creditCode = creditCode
        self.name = name
        self.district = district
        self.record = record
        self.productRisk = productRisk
    }
}

public enum AAList {
    public static let csvHeader = "creditCode,name,district,category,classifiedOn,productRisk,commitmentSha256"

    /// RFC 4180 CSV with the header; an empty category is the enterprise
    /// as a whole.
    public static func csv(_ rows: [AAListRow]) -> String {
        let lines = rows.map { row in
            [
                row.creditCode.rawValue, SupervisionPlan.csvField(row.name), row.district.rawValue, row.record.category?.rawValue ?? "",
                row.record.classifiedOn.description, row.productRisk?.rawValue ?? "", row.record.commitment ?? "",
            ].joined(separator: ",")
        }
        return ([csvHeader] + lines).map { $0 + "\n" }.joined()
    }
}
