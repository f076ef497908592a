extension Phrase {
    /// Field labels and what can be wrong with a field.
    static let fieldsTexts: [Phrase: Translation] = [
        .fieldErrorsTitle: .init(zhHans: "请修正以下内容：",
                    en: "Please correct the following:"),
        .fieldMissing: .init(zhHans: "必填",
                    en: "is required"),
        .fieldInvalidFormat: .init(zhHans: "格式不正确",
                    en: "has the wrong format"),
        .fieldNotAllowed: .init(zhHans: "不允许填写",
                    en: "is not allowed"),
        .typeInteger: .init(zhHans: "整数", en: "integer"),
        .typeNumber: .init(zhHans: "数字", en: "number"),
        .typeString: .init(zhHans: "文本", en: "string"),
        .typeBoolean: .init(zhHans: "是/否（true 或 false）", en: "boolean"),
        .typeArray: .init(zhHans: "列表", en: "array"),
        .typeObject: .init(zhHans: "对象", en: "object"),
        .fieldUsername: .init(zhHans: "用户名",
                    en: "username"),
        .fieldDisplayName: .init(zhHans: "姓名",
                    en: "name"),
        .fieldPassword: .init(zhHans: "密码",
                    en: "password"),
        .fieldRole: .init(zhHans: "角色",
                    en: "role"),
        .fieldDistrict: .init(zhHans: "辖区",
                    en: "district"),
        .fieldCode: .init(zhHans: "行政区划代码",
                    en: "division code"),
        .fieldName: .init(zhHans: "名称",
                    en: "name"),
        .fieldLevel: .init(zhHans: "级别",
                    en: "level"),
        .fieldIndex: .init(zhHans: "序号",
                    en: "index"),
        .fieldSize: .init(zhHans: "大小",
                    en: "size"),
        .fieldLeafHash: .init(zhHans: "叶哈希",
                    en: "leaf hash"),
        .fieldStart: .init(zhHans: "起始序号",
                    en: "start"),
        .fieldCount: .init(zhHans: "数量",
                    en: "count"),
        .fieldQuery: .init(zhHans: "检索词", en: "search term"),
        .fieldLimit: .init(zhHans: "每页条数", en: "page size"),
        .fieldOffset: .init(zhHans: "起始位置", en: "offset"),
        .fieldDuplicate: .init(zhHans: "已登记，不能重复",
                    en: "is already registered"),
    ]
}

extension Phrase {
    /// `expected` is the JSON type's name in words.
    public static func fieldWrongType(expected: Bilingual) -> Bilingual {
        Bilingual("应为\(expected.zhHans)", en: "must be of type \(expected.en)")
    }

    public static func fieldTooShort(minimum: Int) -> Bilingual {
        Bilingual("至少 \(minimum) 个字符", en: "must have at least \(minimum) characters")
    }

    public static func fieldTooLong(maximum: Int) -> Bilingual {
        Bilingual("最多 \(maximum) 个字符", en: "must have at most \(maximum) characters")
    }

    public static func fieldUnknownValue(value: String) -> Bilingual {
        Bilingual("无效的取值：\(value)", en: "has an unknown value: \(value)")
    }

    public static func fieldOutOfRange(minimum: Int, maximum: Int) -> Bilingual {
        Bilingual("应在 \(minimum) 到 \(maximum) 之间", en: "must be between \(minimum) and \(maximum)")
    }

    public static func fieldDuplicateLine(line: Int) -> Bilingual {
        Bilingual("与第 \(line) 行重复", en: "repeats line \(line)")
    }
}
