import Foundation

/// The catalogue an installation starts with: the 17 categories under the
/// simplified procedure (seeds 000 and 003) and the three that 003 and 004
/// keep out of it. The codes and units are defaults a city bureau adjusts
/// through the catalogue pages, each adjustment a new version.
public enum DefaultCatalogue {
    private typealias Entry = (
        industry: Int, product: Int, name: String, level: IssuingLevel, simplified: Bool,
        risk: ProductRiskLevel, units: [String]
    )

    private static let entries: [Entry] = [
        (19, 1, "特种劳动防护用品", .provincial, true, .high, ["安全帽", "安全带"]),
        (6, 1, "电线电缆", .provincial, true, .higher, ["电力电缆", "架空绞线"]),
        (8, 2, "耐火材料", .provincial, true, .general, ["定形耐火制品"]),
        (4, 1, "建筑钢管脚手架扣件", .provincial, true, .higher, ["钢管脚手架扣件"]),
        (23, 1, "建筑防水卷材", .provincial, true, .general, ["改性沥青防水卷材"]),
        (14, 1, "危险化学品包装物容器", .provincial, true, .high, ["危险化学品包装物"]),
        (13, 10, "机动车辆制动液", .provincial, true, .higher, ["机动车辆制动液"]),
        (11, 1, "人造板", .provincial, true, .general, ["胶合板", "中密度纤维板"]),
        (13, 1, "化肥", .provincial, true, .general, ["复混肥料"]),
        (9, 1, "砂轮", .provincial, true, .higher, ["普通磨具"]),
        (2, 1, "饲料粉碎机械", .provincial, true, .general, ["锤片式饲料粉碎机"]),
        (4, 3, "建筑卷扬机", .provincial, true, .higher, ["建筑卷扬机"]),
        (4, 4, "钢丝绳", .provincial, true, .higher, ["一般用途钢丝绳"]),
        (4, 5, "轻小型起重运输设备", .provincial, true, .higher, ["手拉葫芦", "电动葫芦"]),
        (4, 6, "预应力混凝土用钢材", .provincial, true, .higher, ["预应力混凝土用钢绞线"]),
        (8, 3, "预应力混凝土枕", .national, true, .higher, ["预应力混凝土枕"]),
        (18, 1, "救生设备", .national, true, .high, ["船用救生衣"]),
        (13, 3, "危险化学品", .provincial, false, .high, ["工业用甲醇"]),
        (16, 1, "食品相关产品", .provincial, false, .higher, ["食品用塑料包装容器工具等制品"]),
        (8, 1, "水泥", .provincial, false, .higher, ["通用硅酸盐水泥"]),
    ]

    /// 检验项目 of each unit's type test, the principal items of the product
    /// standards the implementation rules name; the bureau corrects them
    /// from the rules in force.
    private static let testItems: [String: [String]] = [
        "安全帽": ["冲击吸收性能", "耐穿刺性能", "下颏带强度", "标识"],
        "安全带": ["整体静态负荷", "整体动态负荷", "零部件静态负荷", "标识"],
        "电力电缆": ["结构尺寸", "导体直流电阻", "电压试验", "绝缘热延伸试验", "局部放电试验"],
        "架空绞线": ["结构尺寸", "绞线拉断力", "单线抗拉强度", "直流电阻"],
        "定形耐火制品": ["显气孔率", "体积密度", "常温耐压强度", "荷重软化温度"],
        "钢管脚手架扣件": ["抗滑性能", "抗破坏性能", "扭转刚度性能", "抗拉性能"],
        "改性沥青防水卷材": ["可溶物含量", "拉力", "延伸率", "低温柔性", "不透水性"],
        "危险化学品包装物": ["跌落试验", "气密试验", "液压试验", "堆码试验"],
        "机动车辆制动液": ["平衡回流沸点", "运动黏度", "pH 值", "橡胶相容性"],
        "胶合板": ["含水率", "胶合强度", "甲醛释放量"],
        "中密度纤维板": ["密度", "静曲强度", "内结合强度", "甲醛释放量"],
        "复混肥料": ["总养分", "水溶性磷占有效磷百分率", "水分", "氯离子"],
        "普通磨具": ["回转强度", "硬度", "尺寸偏差", "安全标志"],
        "锤片式饲料粉碎机": ["度电产量", "噪声", "安全防护"],
        "建筑卷扬机": ["额定拉力", "制动性能", "安全装置"],
        "一般用途钢丝绳": ["结构", "直径", "破断拉力"],
        "手拉葫芦": ["静载试验", "动载试验", "自锁性能"],
        "电动葫芦": ["静载试验", "动载试验", "制动性能", "电气安全"],
        "预应力混凝土用钢绞线": ["最大力", "规定非比例延伸力", "最大力总伸长率", "应力松弛性能"],
        "预应力混凝土枕": ["静载抗裂强度", "外形尺寸", "混凝土强度"],
        "船用救生衣": ["浮力", "翻身性能", "强度", "反光材料"],
        "工业用甲醇": ["色度", "密度", "水分", "酸度"],
        "食品用塑料包装容器工具等制品": ["总迁移量", "高锰酸钾消耗量", "重金属"],
        "通用硅酸盐水泥": ["强度", "凝结时间", "安定性"],
    ]

    /// Unit ids are fixed, so a unit keeps its id across installations,
    /// the demo and tests.
    public static let catalogue: ProductCatalogue = {
        var units: [ProductUnit] = []
        let categories = entries.map { entry in
            let code = ProductCategoryCode(industryCode: entry.industry, productCode: entry.product)!
            for name in entry.units {
                let id = UUID(uuidString: String(format: "0ca7a10e-0000-4000-8000-%012d", units.count + 1))!
                units.append(ProductUnit(
                    id: ProductUnitID(rawValue: id), category: code, name: name,
                    implementationRules: "\(entry.name)产品生产许可证实施细则", riskLevel: entry.risk,
                    testItems: testItems[name] ?? []
                ))
            }
            return ProductCategory(code: code, name: entry.name, issuingLevel: entry.level, simplifiedProcedure: entry.simplified)
        }
        return ProductCatalogue(version: 1, categories: categories, units: units)
    }()
}
