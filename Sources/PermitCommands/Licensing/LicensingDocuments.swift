import Foundation
import PermitCore

/// The texts of the notices and decision letters, as kept in the case and
/// printed on an A4 page: what 行政许可法 and 156号 require each to say.
enum LicensingDocuments {
    static func acceptance(_ application: LicenseApplication, on date: CivilDate) -> String {
        """
        受理通知书
        \(application.applicant.name)（统一社会信用代码 \(application.applicant.creditCode.rawValue)）：
        你单位于 \(application.createdAt.civilDate) 提出的工业产品生产许可申请（案件编号 \(application.number)），申请材料齐全、符合法定形式，本机关决定予以受理。
        \(materials(of: application))受理日期：\(date)
        """
    }

    /// The attachments received, each named by its SHA-256, so the case's
    /// record fixes exactly which files were accepted.
    private static func materials(of application: LicenseApplication) -> String {
        application.attachments.map { "收到材料：\($0.kind.name.zhHans)\($0.label.isEmpty ? "" : "（\($0.label)）")，SHA-256 \($0.sha256)\n" }.joined()
    }

    static func acceptanceRefusal(_ application: LicenseApplication, on date: CivilDate) -> String {
        """
        不予受理决定书
        \(application.applicant.name)：
        你单位的工业产品生产许可申请（案件编号 \(application.number)），本机关决定不予受理。
        理由：\(application.refusalReason ?? "")
        如不服本决定，可以依法申请行政复议或者提起行政诉讼。
        日期：\(date)
        """
    }

    static func correction(_ application: LicenseApplication, on date: CivilDate) -> String {
        """
        补正材料通知书
        \(application.applicant.name)：
        你单位的工业产品生产许可申请（案件编号 \(application.number)）需补正以下全部内容（一次性告知）：
        \(application.correction ?? "")
        补正期间审查期限中止。日期：\(date)
        """
    }

    static func refusal(_ application: LicenseApplication, on date: CivilDate) -> String {
        """
        不予行政许可决定书
        \(application.applicant.name)：
        经形式审查，你单位的工业产品生产许可申请（案件编号 \(application.number)）不符合法定条件，本机关决定不予行政许可。
        理由：\(application.refusalReason ?? "")
        如不服本决定，可以自收到之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。
        日期：\(date)
        """
    }

    static func grant(_ application: LicenseApplication, certificate: Certificate, reviewed: Bool) -> String {
        """
        准予行政许可决定书
        \(application.applicant.name)：
        经形式审查，你单位的工业产品生产许可申请（案件编号 \(application.number)）符合法定条件，本机关决定准予行政许可。
        证书编号：\(certificate.number)
        产品：\(certificate.products.map(\.name).joined(separator: "、"))
        有效期：\(certificate.issuedOn) 至 \(certificate.validUntil)
        \(reviewed ? "获证后 30 个工作日内将组织证后监督性现场审查。" : "免于证后监督性现场审查。")
        日期：\(certificate.issuedOn)
        """
    }

    static func issuance(_ certificate: Certificate) -> String {
        "电子证书 \(certificate.number)（证照标识 \(certificate.identifier)，第 \(certificate.version) 版）已生成并推送至企业，视为送达。"
    }
}

extension Date {
    var civilDate: CivilDate { CivilDate(self) }
}
