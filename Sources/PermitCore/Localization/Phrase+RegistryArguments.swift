/// The registry's phrases with arguments: holiday-arrangement lines, credit
/// codes, imports, the catalogue's versions and the inspector pages. The
/// argument-less ones are the `registryTexts` dictionary.
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
