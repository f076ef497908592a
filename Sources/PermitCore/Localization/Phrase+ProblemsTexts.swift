import Foundation

extension Phrase {
    /// Titles and details of RFC 9457 problems and error pages.
    static let problemsTexts: [Phrase: Translation] = [
        .problemMalformedBody: .init(zhHans: "请求格式错误",
                    en: "Malformed request"),
        .problemMalformedBodyDetail: .init(zhHans: "请求体不是有效的 JSON。",
                    en: "The request body is not valid JSON."),
        .problemInvalidInput: .init(zhHans: "提交的内容有误",
                    en: "The submitted data is invalid"),
        .problemInvalidInputDetail: .init(zhHans: "请修正标出的字段后重试。",
                    en: "Correct the fields listed and try again."),
        .problemUnauthorized: .init(zhHans: "需要登录",
                    en: "Sign-in required"),
        .problemUnauthorizedDetail: .init(zhHans: "请先登录，或登录已过期。",
                    en: "Sign in first, or your session has expired."),
        .problemInvalidCredentials: .init(zhHans: "用户名或密码错误",
                    en: "Wrong username or password"),
        .problemInvalidCredentialsDetail: .init(zhHans: "用户名或密码错误。",
                    en: "Wrong username or password."),
        .problemForbidden: .init(zhHans: "无权访问",
                    en: "Forbidden"),
        .problemForbiddenRole: .init(zhHans: "您的角色无权执行此操作。",
                    en: "Your role may not do this."),
        .problemForbiddenDistrict: .init(zhHans: "该资源不属于您的辖区。",
                    en: "This belongs to another district."),
        .problemForbiddenDisabled: .init(zhHans: "账号已停用。",
                    en: "This account is disabled."),
        .problemNotFound: .init(zhHans: "未找到",
                    en: "Not found"),
        .problemNotFoundDetail: .init(zhHans: "请求的地址不存在。",
                    en: "Nothing exists at this address."),
        .problemMethodNotAllowed: .init(zhHans: "不支持的请求方法",
                    en: "Method not allowed"),
        .problemConflict: .init(zhHans: "与现有数据冲突",
                    en: "Conflict with existing data"),
        .problemPreconditionFailed: .init(zhHans: "前提条件不满足",
                    en: "Precondition failed"),
        .problemChecksumMismatch: .init(zhHans: "校验值不符",
                    en: "Checksum mismatch"),
        .problemCannotDisableSelf: .init(zhHans: "不能停用自己的账号。",
                    en: "You cannot disable your own account."),
        .problemCannotResetOwnPassword: .init(zhHans: "不能重置自己的密码，请在“修改密码”中用当前密码修改。",
                    en: "You cannot reset your own password; change it under Password, with the current one."),
        .problemTooLarge: .init(zhHans: "请求体过大",
                    en: "Request body too large"),
        .problemUnsupportedMediaType: .init(zhHans: "不支持的内容类型",
                    en: "Unsupported media type"),
        .problemUnsupportedMediaTypeDetail: .init(zhHans: "请以 application/json 或表单格式提交。",
                    en: "Send application/json or a form."),
        .problemURITooLong: .init(zhHans: "请求地址过长",
                    en: "URI too long"),
        .problemHeadersTooLarge: .init(zhHans: "请求头过大",
                    en: "Request headers too large"),
        .problemPasswordChangeRequired: .init(zhHans: "须先修改密码",
                    en: "Password change required"),
        .problemPasswordChangeRequiredDetail: .init(zhHans: "管理员已重置您的密码，请先修改密码（POST /api/v1/me/password）。",
                    en: "An administrator reset your password; change it first (POST /api/v1/me/password)."),
        .problemImportSpreadsheet: .init(zhHans: "这是 Excel 文件，请另存为 CSV 文件（“CSV UTF-8（逗号分隔）”）后再导入。",
                    en: "This is an Excel workbook; save it as a CSV file (\"CSV UTF-8, comma-delimited\") and import that."),
        .problemWrongCurrentPassword: .init(zhHans: "当前密码不正确。",
                    en: "The current password is wrong."),
        .problemThrottled: .init(zhHans: "尝试次数过多",
                    en: "Too many attempts"),
        .problemCSRF: .init(zhHans: "表单已失效",
                    en: "Form expired"),
        .problemCSRFDetail: .init(zhHans: "请刷新页面后重新提交。",
                    en: "Reload the page and submit again."),
        .problemBadRequest: .init(zhHans: "请求无效",
                    en: "Bad request"),
        .problemInternal: .init(zhHans: "服务器内部错误",
                    en: "Internal server error"),
        .problemUnavailable: .init(zhHans: "服务暂不可用",
                    en: "Service unavailable"),
        .problemLedgerUnknownLeaf: .init(zhHans: "账本中没有该叶哈希的记录。",
                    en: "No ledger entry has this leaf hash."),
        .problemImportEmpty: .init(zhHans: "文件为空。",
                    en: "The file is empty."),
        .problemImportEncoding: .init(zhHans: "无法识别文件编码，请另存为 UTF-8 或 GB18030 编码的 CSV 文件。",
                    en: "The file's encoding is not recognised; save it as CSV in UTF-8 or GB18030."),
        .problemUnknownEnterprise: .init(zhHans: "没有找到该企业。",
                    en: "No such enterprise."),
        .problemCatalogueUnknownUnit: .init(zhHans: "该产品单元不存在。",
                    en: "That product unit does not exist."),
        .problemCatalogueAlreadyInstalled: .init(zhHans: "产品目录已经初始化。",
                    en: "The product catalogue is already installed."),
        .problemNothingChanged: .init(zhHans: "内容没有变化，未作修改。",
                    en: "Nothing changed, so nothing was saved."),
        .problemUnknownInspector: .init(zhHans: "该执法检查人员不存在。",
                    en: "That inspector does not exist."),
    ]
}

extension Phrase {
    /// No methods known (a bare 405 from a route) reads as a dash.
    public static func problemMethodNotAllowedDetail(allowed: [String]) -> Bilingual {
        let methods = allowed.isEmpty ? "—" : allowed.joined(separator: ", ")
        return Bilingual("该地址不支持此请求方法，支持的方法为：\(methods)。", en: "This address does not take this method; it takes \(methods).")
    }

    public static func problemUsernameTaken(name: Username) -> Bilingual {
        Bilingual("用户名 \(name.rawValue) 已被使用。", en: "The username \(name.rawValue) is already taken.")
    }

    public static func problemDistrictTaken(code: DistrictCode) -> Bilingual {
        Bilingual("行政区划代码 \(code.rawValue) 已存在。", en: "The division code \(code.rawValue) already exists.")
    }

    public static func problemUnknownDistrict(code: DistrictCode) -> Bilingual {
        Bilingual("辖区 \(code.rawValue) 不存在。", en: "There is no district \(code.rawValue).")
    }

    public static func problemUnknownUser(name: Username) -> Bilingual {
        Bilingual("用户 \(name.rawValue) 不存在。", en: "There is no user \(name.rawValue).")
    }

    public static func problemTooLargeDetail(limit: Int) -> Bilingual {
        Bilingual("请求体超过 \(limit) 字节的上限。", en: "The request body exceeds the limit of \(limit) bytes.")
    }

    public static func problemURITooLongDetail(limit: Int) -> Bilingual {
        Bilingual("请求地址超过 \(limit) 字节的上限，请缩短查询条件。",
                  en: "The request address exceeds the limit of \(limit) bytes; shorten the query.")
    }

    public static func problemHeadersTooLargeDetail(limit: Int) -> Bilingual {
        Bilingual("请求头超过 \(limit) 字节的上限，请清除本站 Cookie 后重试。",
                  en: "The request headers exceed the limit of \(limit) bytes; clear this site's cookies and try again.")
    }

    public static func problemImportUnclosedQuote(line: Int) -> Bilingual {
        Bilingual("第 \(line) 行有一个引号（\"）没有配对结束，其后各行会被并入同一格；请检查该行。",
                  en: "Line \(line) opens a quote (\") that is never closed, which would swallow the rows after it; check that line.")
    }

    public static func problemCalendarYearMismatch(expected: Int, found: Int) -> Bilingual {
        Bilingual("正在更正 \(expected) 年的安排，录入的内容却是 \(found) 年的。", en: "This corrects \(expected), but the text is about \(found).")
    }

    /// `wait` is a duration in words (`durationSeconds`, `durationMinutes`).
    public static func problemThrottledDetail(wait: Bilingual) -> Bilingual {
        Bilingual("登录失败次数过多，请 \(wait.zhHans)后再试。", en: "Too many failed sign-ins; try again in \(wait.en).")
    }

    public static func problemInternalDetail(requestID: String) -> Bilingual {
        Bilingual("请求未能完成，请将请求编号 \(requestID) 告知管理员。",
                  en: "The request failed; give the administrator the request ID \(requestID).")
    }

    public static func problemLedgerSizeBeyondTree(size: UInt64, treeSize: UInt64) -> Bilingual {
        Bilingual("账本目前只有 \(treeSize) 条记录，无法按 \(size) 条作答。", en: "The ledger has \(treeSize) entries; it cannot answer for size \(size).")
    }

    public static func problemLedgerIndexOutOfRange(index: UInt64, size: UInt64) -> Bilingual {
        Bilingual("序号 \(index) 超出大小为 \(size) 的树。", en: "Index \(index) is outside the tree of size \(size).")
    }

    public static func problemLedgerInvalidSizes(size1: UInt64, size2: UInt64) -> Bilingual {
        Bilingual("一致性证明要求 0 < size1 ≤ size2，收到 \(size1) 与 \(size2)。",
                  en: "A consistency proof needs 0 < size1 ≤ size2; got \(size1) and \(size2).")
    }

    public static func problemLedgerNoSuchTile(path: String) -> Bilingual {
        Bilingual("当前账本中没有瓦片 \(path)。", en: "The ledger has no tile \(path) at its current size.")
    }

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
