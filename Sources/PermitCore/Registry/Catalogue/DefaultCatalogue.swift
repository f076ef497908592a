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
                    implementationRules: "\(entry.name)产品生产许可证实施细则", riskLevel: entry.risk
                ))
            }
            return ProductCategory(code: code, name: entry.name, issuingLevel: entry.level, simplifiedProcedure: entry.simplified)
        }
        return ProductCatalogue(version: 1, categories: categories, units: units)
    }()
}
