/// Realistic enterprises for `serve --demo` and for benchmarks: valid credit
/// codes in the production district's division, Shanghai addresses, and a
/// licence for most of them. Deterministic for a given seed.
public struct EnterpriseGenerator {
    private var random: SeededGenerator
    private var usedCodes: Set<String> = []
    private var serial = 0
    private let districts: [District]

    /// Product lines of the simplified-procedure catalogue with their
    /// licence industry and product codes (行业代码, 产品代码).
    static let products: [(name: String, industry: Int, product: Int)] = [
        ("电线电缆", 6, 1), ("耐火材料", 9, 1), ("建筑扣件", 12, 1), ("防水卷材", 9, 2), ("包装容器", 15, 1),
        ("制动液", 16, 1), ("人造板", 13, 1), ("化肥", 14, 1), ("砂轮", 9, 3), ("饲料机械", 24, 1),
        ("卷扬机", 12, 2), ("钢丝绳", 5, 1), ("起重设备", 12, 3), ("预应力钢材", 5, 2), ("混凝土枕", 9, 4),
        ("救生设备", 26, 1), ("劳动防护用品", 19, 1),
    ]
    static let words = [
        "精工", "华东", "申江", "浦江", "东方", "金桥", "松林", "宝钢", "奉城", "嘉华", "青浦", "明珠", "长江", "沪光", "联合",
        "恒泰", "永新", "星火", "鼎盛", "泰和", "新华", "瑞丰", "中兴", "海通", "兴业", "安达", "博远", "昌隆", "德信", "富民",
    ]
    static let roads = ["张江", "漕宝", "沪闵", "嘉松", "曹安", "川沙", "南亭", "金山", "莘庄", "华夏", "龙吴", "军工", "长阳", "泰和"]
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗")
    static let givenNames = ["伟", "芳", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "志强"]

    /// - Parameter districts: the district bureaus enterprises are spread over.
    public init(seed: UInt64, districts: [District]) {
        random = SeededGenerator(seed: seed)
        self.districts = districts.filter { $0.level == .district }
    }

    /// The next enterprise as an import row would give it.
    public mutating func next() -> EnterpriseDraft {
        let product = pick(Self.products)
        let registered = pick(districts)
        let production = int(100) < 80 ? registered : pick(districts)
        let name = "上海" + pick(Self.words) + pick(Self.words) + product.name + (int(2) == 0 ? "有限公司" : "制造有限公司")
        var draft = EnterpriseDraft(
            name: name, creditCode: creditCode(in: registered.code), registeredAddress: address(registered),
            registeredDistrict: registered.code.rawValue, productionAddress: address(production),
            productionDistrict: production.code.rawValue,
            legalRepresentative: String(pick(Self.surnames)) + pick(Self.givenNames),
            phone: "021-" + String(50_000_000 + int(10_000_000))
        )
        if int(100) < 70 {
            serial += 1
            let year = 2021 + int(5)
            let month = 1 + int(12)
            draft.licenseNumber = "(沪)XK" + product.industry.zeroPadded(2) + "-" + product.product.zeroPadded(3) + "-" + serial.zeroPadded(5)
            draft.licenseIssuedOn = "\(year)-\(month.zeroPadded(2))-15"
            draft.licenseValidUntil = "\(year + 5)-\(month.zeroPadded(2))-14"
            draft.productScope = product.name
        }
        return draft
    }

    /// `count` enterprises as an import table with Chinese headers.
    public mutating func table(count: Int) -> [[String]] {
        [EnterpriseColumn.allCases.map(\.chineseHeader)] + (0..<count).map { _ in
            let draft = next()
            return EnterpriseColumn.allCases.map { $0.value(in: draft) }
        }
    }

    private mutating func creditCode(in district: DistrictCode) -> String {
        while true {
            // The division part is valid by construction, so this cannot fail.
            guard let code = try? UnifiedSocialCreditCode.random(using: &random, divisionCode: district.rawValue) else { continue }
            if usedCodes.insert(code.rawValue).inserted { return code.rawValue }
        }
    }

    private mutating func address(_ district: District) -> String {
        "上海市" + district.name + pick(Self.roads) + "路" + String(1 + int(2000)) + "号"
    }

    private mutating func int(_ bound: Int) -> Int {
        Int(random.next(upperBound: UInt64(bound)))
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[int(items.count)]
    }
}
