/// 省级行政区简称 — the one-character short name of a provincial-level
/// region (沪 for Shanghai, 京 for Beijing, 粤 for Guangdong, …), which
/// prefixes provincially issued licence numbers such as `(沪)XK13-014-00025`.
///
/// Which region a deployment issues for is configuration; this type only
/// guarantees the character is one of the 31 mainland regions' short names.
/// Five regions have a second, classical short name (川/蜀, 贵/黔, 云/滇,
/// 陕/秦, 甘/陇); both are accepted because bureaus differ in which they print.
public struct ProvinceAbbreviation: Hashable, Sendable {
    public let character: Character

    public init?(_ character: Character) {
        guard Self.regionNames[character] != nil else { return nil }
        self.character = character
    }

    /// The region's name, e.g. `上海` for `沪`.
    public var regionName: String { Self.regionNames[character]! }

    public static let shanghai = ProvinceAbbreviation("沪")!
    public static let beijing = ProvinceAbbreviation("京")!
    public static let guangdong = ProvinceAbbreviation("粤")!

    /// Every accepted short name.
    public static var all: [ProvinceAbbreviation] {
        regionNames.keys.sorted().map { ProvinceAbbreviation($0)! }
    }

    private static let regionNames: [Character: String] = [
        "京": "北京", "津": "天津", "冀": "河北", "晋": "山西", "蒙": "内蒙古",
        "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "沪": "上海", "苏": "江苏",
        "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西", "鲁": "山东",
        "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西",
        "琼": "海南", "渝": "重庆", "川": "四川", "蜀": "四川", "贵": "贵州",
        "黔": "贵州", "云": "云南", "滇": "云南", "藏": "西藏", "陕": "陕西",
        "秦": "陕西", "甘": "甘肃", "陇": "甘肃", "青": "青海", "宁": "宁夏",
        "新": "新疆",
    ]
}

extension ProvinceAbbreviation: CustomStringConvertible {
    public var description: String { String(character) }
}
