extension Phrase {
    /// Catalogue, enterprises, inspectors, imports and the working-day calendar.
    static let registryTexts: [Phrase: Translation] = [
        .arrangementMissingYear: .init(zhHans: "缺少“year YYYY”行",
                    en: "the \"year YYYY\" line is missing"),
        .navEnterprises: .init(zhHans: "企业名录",
                    en: "Enterprises"),
        .enterprisesTitle: .init(zhHans: "企业名录库",
                    en: "Enterprise database"),
        .enterprisesDetailTitle: .init(zhHans: "企业档案",
                    en: "Enterprise record"),
        .enterprisesImportTitle: .init(zhHans: "导入企业",
                    en: "Import enterprises"),
        .enterprisesSearch: .init(zhHans: "搜索",
                    en: "Search"),
        .enterprisesSearchHint: .init(zhHans: "企业名称的任意部分、统一社会信用代码或许可证编号",
                    en: "any part of the name, the credit code or a licence number"),
        .enterprisesAllDistricts: .init(zhHans: "全部辖区",
                    en: "All districts"),
        .enterprisesNone: .init(zhHans: "没有符合条件的企业。",
                    en: "No enterprises match."),
        .enterprisesCreditCode: .init(zhHans: "统一社会信用代码",
                    en: "Credit code"),
        .enterprisesLicenses: .init(zhHans: "许可证",
                    en: "Licences"),
        .enterprisesExport: .init(zhHans: "导出 CSV",
                    en: "Export CSV"),
        .enterprisesHistory: .init(zhHans: "变更记录（账本）",
                    en: "History (ledger)"),
        .enterprisesImportHint: .init(zhHans: "上传 CSV 文件（UTF-8 或 GB18030，表头可用中文或英文）。全部行无误才会导入，除非选择跳过有误的行。",
                    en: "Upload a CSV file (UTF-8 or GB18030, headers in Chinese or English). Nothing is imported unless every row is right, unless you choose to skip wrong rows."),
        .enterprisesFile: .init(zhHans: "CSV 文件",
                    en: "CSV file"),
        .enterprisesDryRun: .init(zhHans: "仅检查，不写入",
                    en: "Check only, write nothing"),
        .enterprisesSkipInvalid: .init(zhHans: "跳过有误的行",
                    en: "Skip wrong rows"),
        .enterprisesImportSubmit: .init(zhHans: "上传",
                    en: "Upload"),
        .enterprisesNew: .init(zhHans: "新增企业",
                    en: "New enterprise"),
        .enterprisesEdit: .init(zhHans: "编辑企业信息",
                    en: "Edit enterprise"),
        .enterprisesSave: .init(zhHans: "保存",
                    en: "Save"),
        .enterprisesSaved: .init(zhHans: "已保存，变更已记入账本。",
                    en: "Saved; the change is in the ledger."),
        .enterprisesFormHint: .init(zhHans: "许可证各项要么全部填写，要么全部留空；日期格式为 YYYY-MM-DD。灰色各项由其他辖区维护，本辖区不能修改。",
                    en: "Fill in every licence field or none; dates are YYYY-MM-DD. Greyed fields are kept by another district and cannot be changed here."),
        .enterprisesCancel: .init(zhHans: "取消",
                    en: "Cancel"),
        .navCalendar: .init(zhHans: "工作日历",
                    en: "Calendar"),
        .calendarTitle: .init(zhHans: "工作日历与期限",
                    en: "Working days and deadlines"),
        .calendarDeadline: .init(zhHans: "按工作日计算期限",
                    en: "Deadline in working days"),
        .calendarFrom: .init(zhHans: "起算日（当日不计）",
                    en: "Start date (not counted)"),
        .calendarDays: .init(zhHans: "工作日数",
                    en: "Working days"),
        .calendarCompute: .init(zhHans: "计算",
                    en: "Compute"),
        .calendarDue: .init(zhHans: "期限届满日",
                    en: "Due date"),
        .calendarYear: .init(zhHans: "年份",
                    en: "Year"),
        .calendarDate: .init(zhHans: "日期",
                    en: "Date"),
        .calendarWeekday: .init(zhHans: "星期",
                    en: "Weekday"),
        .calendarKind: .init(zhHans: "安排",
                    en: "Arrangement"),
        .calendarHoliday: .init(zhHans: "放假",
                    en: "Holiday"),
        .calendarWorkday: .init(zhHans: "调休上班",
                    en: "Adjusted working day"),
        .inspectorsImportTitle: .init(zhHans: "导入执法检查人员",
                    en: "Import inspectors"),
        .inspectorsImportHint: .init(zhHans: "上传 CSV 文件（UTF-8 或 GB18030），表头：辖区,姓名,所在单位,职务,联系电话,执法证号[,在岗,回避企业]，也可用英文表头。全部行无误才会导入，除非选择跳过有误的行。",
                    en: "Upload a CSV file (UTF-8 or GB18030) with the header district,name,unit,position,phone,certificateNumber[,active,conflicts], or the Chinese one. Nothing is imported unless every row is right, unless you choose to skip wrong rows."),
        .navCatalogue: .init(zhHans: "产品目录",
                    en: "Product catalogue"),
        .navInspectors: .init(zhHans: "执法检查人员",
                    en: "Inspectors"),
        .catalogueAddCategory: .init(zhHans: "新增产品类别",
                    en: "Add a product category"),
        .catalogueEditCategory: .init(zhHans: "修改产品类别",
                    en: "Edit a product category"),
        .catalogueCategoryCode: .init(zhHans: "类别代码（如 06-001）",
                    en: "Category code (such as 06-001)"),
        .catalogueCategoryName: .init(zhHans: "类别名称",
                    en: "Category name"),
        .catalogueSimplifiedLabel: .init(zhHans: "适用简化审批程序",
                    en: "Simplified procedure applies"),
        .catalogueTitle: .init(zhHans: "产品目录",
                    en: "Product catalogue"),
        .catalogueIntro: .init(zhHans: "工业产品生产许可证产品目录：产品类别、产品单元、实施细则、发证级别、风险等级及是否适用简化审批程序。每次修改生成新的目录版本，案件按其开始时的版本办理。",
                    en: "The catalogue of products under production licences: categories, units, implementation rules, issuing level, risk level and whether the simplified procedure applies. Every edit makes a new catalogue version; a case follows the version it started with."),
        .catalogueShowVersion: .init(zhHans: "查看版本",
                    en: "Show version"),
        .catalogueShowCurrent: .init(zhHans: "返回当前版本",
                    en: "Back to the current version"),
        .catalogueEmpty: .init(zhHans: "产品目录尚未初始化。",
                    en: "The product catalogue has not been installed yet."),
        .catalogueCategory: .init(zhHans: "产品类别",
                    en: "Product category"),
        .catalogueCode: .init(zhHans: "类别代码",
                    en: "Category code"),
        .catalogueIssuingLevel: .init(zhHans: "发证级别",
                    en: "Issuing level"),
        .catalogueSimplified: .init(zhHans: "简化审批程序",
                    en: "Simplified procedure"),
        .catalogueSimplifiedYes: .init(zhHans: "适用",
                    en: "applies"),
        .catalogueSimplifiedNo: .init(zhHans: "不适用",
                    en: "does not apply"),
        .catalogueToggleOn: .init(zhHans: "改为适用",
                    en: "Make it apply"),
        .catalogueToggleOff: .init(zhHans: "改为不适用",
                    en: "Make it not apply"),
        .catalogueUnit: .init(zhHans: "产品单元",
                    en: "Product unit"),
        .catalogueRules: .init(zhHans: "实施细则",
                    en: "Implementation rules"),
        .catalogueRiskLevel: .init(zhHans: "风险等级",
                    en: "Risk level"),
        .catalogueTestItems: .init(zhHans: "检验项目",
                    en: "Test items"),
        .catalogueTestItemsHint: .init(zhHans: "每行一项；型式试验报告须覆盖所列各项",
                    en: "One per line; a type-test report must cover each"),
        .catalogueEdit: .init(zhHans: "修改",
                    en: "Edit"),
        .catalogueAddUnitTitle: .init(zhHans: "新增产品单元",
                    en: "Add a product unit"),
        .catalogueAddUnitSubmit: .init(zhHans: "新增产品单元",
                    en: "Add unit"),
        .catalogueEditUnitTitle: .init(zhHans: "修改产品单元",
                    en: "Edit a product unit"),
        .catalogueEditUnitSubmit: .init(zhHans: "保存修改",
                    en: "Save changes"),
        .issuingNational: .init(zhHans: "国家级",
                    en: "national"),
        .issuingProvincial: .init(zhHans: "省级",
                    en: "provincial"),
        .riskHigh: .init(zhHans: "Ⅰ类（高风险）",
                    en: "Ⅰ (high risk)"),
        .riskHigher: .init(zhHans: "Ⅱ类（较高风险）",
                    en: "Ⅱ (higher risk)"),
        .riskGeneral: .init(zhHans: "Ⅲ类（一般风险）",
                    en: "Ⅲ (general risk)"),
        .inspectorsTitle: .init(zhHans: "执法检查人员名录库",
                    en: "Inspector database"),
        .inspectorsIntro: .init(zhHans: "“双随机、一公开”检查从本名录库中随机抽取执法检查人员；停用人员不被抽取，申报回避的企业不派其检查。",
                    en: "Inspectors for \"double random, one public\" inspections are drawn from this database; inactive inspectors are never drawn, nor sent to enterprises they declared a conflict with."),
        .inspectorsDistrict: .init(zhHans: "辖区",
                    en: "District"),
        .inspectorsName: .init(zhHans: "姓名",
                    en: "Name"),
        .inspectorsUnit: .init(zhHans: "所在单位",
                    en: "Unit"),
        .inspectorsPosition: .init(zhHans: "职务",
                    en: "Position"),
        .inspectorsPhone: .init(zhHans: "联系电话",
                    en: "Phone"),
        .inspectorsCertificate: .init(zhHans: "执法证号",
                    en: "Enforcement certificate no."),
        .inspectorsStatus: .init(zhHans: "状态",
                    en: "Status"),
        .inspectorsActive: .init(zhHans: "在岗",
                    en: "active"),
        .inspectorsInactive: .init(zhHans: "停用",
                    en: "inactive"),
        .inspectorsActiveLabel: .init(zhHans: "在岗（可被抽取）",
                    en: "Active (can be drawn)"),
        .inspectorsConflicts: .init(zhHans: "回避企业",
                    en: "Declared conflicts"),
        .inspectorsConflictsHint: .init(zhHans: "填写统一社会信用代码，每行一个。",
                    en: "Unified social credit codes, one per line."),
        .inspectorsEmpty: .init(zhHans: "暂无执法检查人员。",
                    en: "No inspectors yet."),
        .inspectorsEdit: .init(zhHans: "修改",
                    en: "Edit"),
        .inspectorsAddTitle: .init(zhHans: "新增执法检查人员",
                    en: "Add an inspector"),
        .inspectorsAddSubmit: .init(zhHans: "新增",
                    en: "Add"),
        .inspectorsEditTitle: .init(zhHans: "修改执法检查人员",
                    en: "Edit an inspector"),
        .inspectorsEditSubmit: .init(zhHans: "保存修改",
                    en: "Save changes"),
    ]
}

extension Phrase {
    /// `value` is the text as the line has it.
    public static func arrangementMalformedDate(value: String) -> Bilingual {
        Bilingual("日期“\(value)”不是有效的 YYYY-MM-DD 日期", en: "\"\(value)\" is not a valid YYYY-MM-DD date")
    }

    public static func arrangementUnknownKind(value: String) -> Bilingual {
        Bilingual("类别“\(value)”应为 holiday 或 workday", en: "kind \"\(value)\" must be holiday or workday")
    }

    public static func arrangementDuplicateDate(date: CivilDate, firstLine: Int) -> Bilingual {
        Bilingual("日期 \(date) 重复（首次出现在第 \(firstLine) 行）", en: "date \(date) is repeated (first on line \(firstLine))")
    }

    public static func arrangementWorkdayNotWeekend(date: CivilDate) -> Bilingual {
        Bilingual("调休上班日 \(date) 不是周末", en: "adjusted working day \(date) is not a weekend day")
    }

    public static func arrangementDateOutsideYear(date: CivilDate) -> Bilingual {
        Bilingual("日期 \(date) 不属于该年", en: "date \(date) is outside the year")
    }

    /// A reason without words of its own, shown as the format's parser names it.
    public static func arrangementOther(reason: String) -> Bilingual {
        Bilingual("不符合格式（\(reason)）", en: "does not follow the format (\(reason))")
    }

    public static func creditCodeWrongLength(count: Int) -> Bilingual {
        Bilingual("应为 18 位，实为 \(count) 位", en: "must be 18 characters, not \(count)")
    }

    /// `position` counts from 1, as a person reads the code.
    public static func creditCodeIllegalCharacter(character: Character, position: Int) -> Bilingual {
        Bilingual("第 \(position) 位“\(character)”不是允许的字符（不使用 I、O、S、V、Z）",
                  en: "character \(position) \"\(character)\" is not allowed (I, O, S, V, Z are never used)")
    }

    public static func creditCodeDivisionDigit(position: Int) -> Bilingual {
        Bilingual("第 \(position) 位应为数字（登记管理机关行政区划码）", en: "character \(position) must be a digit (division code)")
    }

    public static func creditCodeCheckCharacter(expected: Character, actual: Character) -> Bilingual {
        Bilingual("校验码应为 \(expected)，实为 \(actual)（GB 32100）", en: "the check character should be \(expected), not \(actual) (GB 32100)")
    }

    public static func creditCodeOrganisationCheck(expected: Character, actual: Character) -> Bilingual {
        Bilingual("组织机构代码校验位应为 \(expected)，实为 \(actual)", en: "the organisation code check should be \(expected), not \(actual)")
    }

    /// `issues` are already worded in the language the line is read in;
    /// they are listed the way that language lists things.
    public static func importRowLine(line: Int, issues: [String]) -> Bilingual {
        Bilingual("第 \(line) 行：\(issues.joined(separator: "；"))", en: "Line \(line): \(issues.joined(separator: "; "))")
    }

    public static func importDryRunSummary(accepted: Int, rejected: Int) -> Bilingual {
        Bilingual("试导入：\(accepted) 行可以导入，\(rejected) 行有误。未写入任何数据。",
                  en: "Dry run: \(accepted) rows can be imported, \(rejected) are wrong. Nothing was written.")
    }

    public static func importDoneSummary(imported: Int) -> Bilingual {
        Bilingual("已导入 \(imported) 行。", en: "Imported \(imported) rows.")
    }

    public static func importSkippedSummary(skipped: Int) -> Bilingual {
        Bilingual("已跳过 \(skipped) 行有误的数据。", en: "Skipped \(skipped) wrong rows.")
    }

    public static func catalogueVersion(version: Int) -> Bilingual {
        Bilingual("目录版本 \(version)", en: "Catalogue version \(version)")
    }

    public static func catalogueViewingPast(version: Int, current: Int) -> Bilingual {
        Bilingual("正在查看历史版本 \(version)（当前版本 \(current)），只读。", en: "Viewing past version \(version) (current: \(current)); read-only.")
    }

    public static func catalogueSaved(version: Int) -> Bilingual {
        Bilingual("已保存，目录版本更新为 \(version)。", en: "Saved; the catalogue is now at version \(version).")
    }

    public static func inspectorsDistrictTitle(district: String) -> Bilingual {
        Bilingual("\(district)执法检查人员名录库", en: "Inspector database of \(district)")
    }

    public static func inspectorsSaved(name: String) -> Bilingual {
        Bilingual("已保存：\(name)。", en: "Saved: \(name).")
    }
}
