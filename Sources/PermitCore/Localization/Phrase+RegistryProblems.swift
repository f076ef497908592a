import Foundation

/// Problems of the registry: the calendar, imports, enterprises, the catalogue, inspectors.
extension Phrase {
    /// `value` is the text as sent.
    public static func problemDateMalformed(value: String) -> Bilingual {
        Bilingual("日期“\(value)”格式不正确，应为 YYYY-MM-DD。", en: "The date \"\(value)\" is not in the form YYYY-MM-DD.")
    }

    /// A date that has a form but no day, such as 2026-02-30.
    public static func problemDateNonexistent(year: Int, month: Int, day: Int) -> Bilingual {
        let value = String(format: "%04d-%02d-%02d", year, month, day)
        return Bilingual("日期 \(value) 不存在。", en: "The date \(value) does not exist.")
    }

    public static func problemYearNotCovered(year: Int) -> Bilingual {
        Bilingual("\(year) 年的节假日安排尚未录入，无法按工作日计算期限；请管理员先录入该年的国务院通知。",
                  en: "The holiday arrangement for \(year) has not been loaded, so no working-day deadline can be computed; an administrator must first add that year's State Council notice.")
    }

    public static func problemYearAlreadyCovered(year: Int) -> Bilingual {
        Bilingual("\(year) 年的节假日安排已经存在；如需更正，请使用“更正”（PUT /api/v1/calendar/years/\(year)），原安排仍保留在账本中。",
                  en: "The holiday arrangement for \(year) already exists; to correct it, use Correct (PUT /api/v1/calendar/years/\(year)); the earlier one stays in the ledger.")
    }

    public static func problemCalendarConflict(date: CivilDate) -> Bilingual {
        Bilingual("该安排与已有年份的安排冲突（\(date)）。", en: "The arrangement conflicts with another year's (\(date)).")
    }

    /// `reason` is one of the `arrangement…` phrases.
    public static func problemArrangementLine(line: Int, reason: Bilingual) -> Bilingual {
        Bilingual("节假日安排第 \(line) 行有误：\(reason.zhHans)", en: "Line \(line) of the holiday arrangement is wrong: \(reason.en)")
    }

    public static func problemImportTooLarge(limit: Int) -> Bilingual {
        Bilingual("文件超过 \(limit) 字节的上限。", en: "The file exceeds the limit of \(limit) bytes.")
    }

    /// The columns are named by their Chinese headers, as the file has them,
    /// so both languages list them the Chinese way.
    public static func problemImportMissingColumns(columns: [String]) -> Bilingual {
        let list = columns.joined(separator: "、")
        return Bilingual("缺少必需的列：\(list)。", en: "Required columns are missing: \(list).")
    }

    public static func problemImportUnknownColumn(column: String) -> Bilingual {
        Bilingual("无法识别的列名“\(column)”。", en: "Unknown column \"\(column)\".")
    }

    public static func problemImportDuplicateColumn(column: String) -> Bilingual {
        Bilingual("列“\(column)”重复。", en: "Column \"\(column)\" appears twice.")
    }

    public static func problemImportMalformed(line: Int) -> Bilingual {
        Bilingual("第 \(line) 行不是有效的 CSV。", en: "Line \(line) is not valid CSV.")
    }

    public static func problemImportRefused(count: Int) -> Bilingual {
        Bilingual("有 \(count) 行有误，未导入任何数据。", en: "\(count) rows are wrong; nothing was imported.")
    }

    public static func problemCreditCodeTaken(code: UnifiedSocialCreditCode) -> Bilingual {
        Bilingual("统一社会信用代码 \(code.rawValue) 已登记。", en: "The unified social credit code \(code.rawValue) is already registered.")
    }

    public static func problemLicenseTaken(number: String) -> Bilingual {
        Bilingual("许可证编号 \(number) 已登记。", en: "Licence number \(number) is already registered.")
    }

    /// `district` names the district that keeps the data: its name where known, else its code.
    public static func problemRegistrationKeptElsewhere(district: String) -> Bilingual {
        Bilingual("企业名称、统一社会信用代码、注册地址、注册地辖区和法定代表人等登记信息由注册地辖区（\(district)）或市局修改。",
                  en: "Registration data (name, credit code, registered address and district, legal representative) is changed by the registration district (\(district)) or the city bureau.")
    }

    public static func problemSitesKeptElsewhere(district: String) -> Bilingual {
        Bilingual("\(district)的生产地址由该生产地辖区或市局修改。", en: "The production sites in \(district) are changed by that district or the city bureau.")
    }

    public static func problemCatalogueUnknownVersion(version: Int) -> Bilingual {
        Bilingual("目录版本 \(version) 不存在。", en: "Catalogue version \(version) does not exist.")
    }

    public static func problemCatalogueUnknownCategory(code: ProductCategoryCode) -> Bilingual {
        Bilingual("产品类别 \(code.rawValue) 不存在。", en: "Product category \(code.rawValue) does not exist.")
    }

    public static func problemCatalogueCategoryCodeTaken(code: ProductCategoryCode) -> Bilingual {
        Bilingual("产品类别代码 \(code.rawValue) 已被使用。", en: "The category code \(code.rawValue) is taken.")
    }

    public static func problemCatalogueCategoryNameTaken(name: String) -> Bilingual {
        Bilingual("已有名为“\(name)”的产品类别。", en: "A category named \"\(name)\" exists.")
    }

    public static func problemCatalogueUnitNameTaken(name: String, category: ProductCategoryCode) -> Bilingual {
        Bilingual("产品类别 \(category.rawValue) 下已有名为“\(name)”的产品单元。", en: "Category \(category.rawValue) already has a unit named \"\(name)\".")
    }

    public static func problemCertificateTaken(number: EnforcementCertificateNumber) -> Bilingual {
        Bilingual("执法证号 \(number.rawValue) 已登记在其他人员名下。", en: "Enforcement certificate \(number.rawValue) is already registered to someone else.")
    }
}
