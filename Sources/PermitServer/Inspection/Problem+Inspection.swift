import PermitCore

extension InspectionPlanRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let input): Problem(input, maxBodySize: 0)
        case .alreadyFrozen:
            Problem(kind: .conflict, detail: Bilingual("该计划已冻结，名录库和随机源不能再改动。", en: "The plan is frozen already; its pools and sources cannot change."))
        case .noEnterprises:
            Problem(kind: .conflict, detail: Bilingual(
                "计划范围内没有持有效生产许可证的企业，无可抽取，计划未冻结。", en: "No enterprise in the plan's scope holds a valid licence; the plan was not frozen."
            ))
        case .precheck(let problems):
            Problem(kind: .conflict, detail: Bilingual(
                "抽取前检查发现以下问题，计划未冻结：" + problems.map(DrawWords.chinese).joined(separator: "；") + "。",
                en: "The pre-draw check found problems; the plan was not frozen: " + problems.map(\.description).joined(separator: "; ") + "."
            ))
        case .notFrozen:
            Problem(kind: .conflict, detail: Bilingual(
                "计划尚未冻结，不能录入随机源的值：须先冻结名录库并公布随机源。", en: "The plan is not frozen; source values can be entered only after freezing."
            ))
        case .unknownSource(let index):
            Problem(kind: .notFound, detail: Bilingual("该计划没有第 \(index) 个随机源。", en: "The plan has no source \(index)."))
        case .sourceAlreadyEntered(let index, let name):
            Problem(kind: .conflict, detail: Bilingual(
                "第 \(index) 个随机源“\(name)”的值已录入，不能改为其他值。", en: "Source \(index) (\(name)) has a value already; it cannot be changed."
            ))
        case .poolsChanged:
            Problem(kind: .conflict, detail: Bilingual(
                "冻结后的名录库已被改动，与账本记录的哈希不一致，不能抽取。", en: "The frozen pools changed after freezing and no longer match the ledger's hash; no draw."
            ))
        case .draw(let error):
            Problem(kind: .conflict, detail: Bilingual("无法抽取：" + DrawWords.chinese(error) + "。未写入任何内容。", en: "No draw: \(error.description). Nothing was written."))
        }
    }
}

/// Draw errors and pre-draw problems in Chinese, for problems and pages.
enum DrawWords {
    static func chinese(_ problem: DrawProblem) -> String {
        switch problem {
        case .noInspectorPool(let district, let enterprise): "区划 \(district) 没有在岗执法检查人员（企业 \(enterprise) 由该区监管）"
        case .tooFewEligibleInspectors(let enterprise, let district, let eligible, let required):
            "企业 \(enterprise)（区划 \(district)）回避后可派执法检查人员仅 \(eligible) 名，至少需要 \(required) 名"
        case .duplicateEnterprise(let code): "企业 \(code) 重复列入名录库"
        case .duplicateInspector(let id): "执法检查人员 \(id) 重复列入名录库"
        }
    }

    static func chinese(_ error: DrawError) -> String {
        switch error {
        case .noSources: "未指定随机源"
        case .emptySource(let index): "第 \(index) 个随机源的值为空"
        case .fractionalNumber(let value): "随机源的值 \(value) 含小数，请录入整数或字符串"
        case .countExceedsPool(let count, let pool): "抽取数 \(count) 超过名录库数量 \(pool)"
        case .tooManySelections(let count): "抽取数 \(count) 超过 RFC 3797 允许的 65536"
        case .negativeCount(let count): "抽取数 \(count) 无效"
        case .invalidRatio(let percent): "抽查比例 \(percent)% 不在 0–100% 之间"
        case .tooFewInspectorsPerEnterprise(let count): "每户企业 \(count) 名执法检查人员，至少需要 2 名"
        case .duplicateTier(let tier): "风险等级 \(tier.chineseName) 重复"
        case .precheck(let problems): problems.map(chinese).joined(separator: "；")
        case .noFairMatching(let enterprise, let district, let available, let required):
            "企业 \(enterprise)（区划 \(district)）在公平分配上限内可派执法检查人员 \(available) 名，需要 \(required) 名"
        }
    }
}
