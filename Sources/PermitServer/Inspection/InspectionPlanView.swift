import Foundation
import PermitCommands
import PermitCore

/// What the plan pages show, worded; the templates only lay it out.
enum InspectionPlanView {
    static let title = Bilingual("双随机一公开抽查计划", en: "Random inspection plans")
    /// Pool rows shown per tier; the whole pool is in `pools.json`.
    static let shownPoolRows = 200

    struct Row: Encodable, Sendable {
        let identifier, href, title, year, state, checksEndOn: String
    }

    struct ListContent: Encodable, Sendable {
        let w: [String: String]
        let plans: [Row]
        let createAction: String?
        let errors: [String]
        let form: [String: String]
    }

    struct PlanContent: Encodable, Sendable {
        let w: [String: String]
        let identifier, title, year, state, districts, categories, checksEndOn, rule: String
        let tiers: [TierRow]
        let freezeAction: String?
        let frozen: Frozen?
        let draw: Draw?
        let errors: [String]
        let form: [String: String]
    }

    struct TierRow: Encodable, Sendable {
        let name, percent, size, count: String
    }

    struct Frozen: Encodable, Sendable {
        let on, poolsHash, poolsHref: String
        let sources: [Source]
        let tierPools: [TierPool]
        let inspectorPools: [InspectorPoolView]
        let exclusions: [String]
    }

    struct Source: Encodable, Sendable {
        let index: Int
        let name: String
        let value: String?
        let action: String?
    }

    struct TierPool: Encodable, Sendable {
        let name: String
        let entries: [String]
        let more: String?
    }

    struct InspectorPoolView: Encodable, Sendable {
        let district: String
        let entries: [String]
    }

    struct Draw: Encodable, Sendable {
        let keyString, drawHref, verifyCommand: String
        /// The published results (PUB-1) and the dispatched tasks.
        let resultsHref, tasksHref: String
        let tiers: [TierDrawView]
        let matching: [MatchView]
    }

    struct TierDrawView: Encodable, Sendable {
        let name, summary, command: String
        let steps: [StepView]
    }

    struct StepView: Encodable, Sendable {
        let index, md5, divisor, remainder, selected, enterprise: String
    }

    struct MatchView: Encodable, Sendable {
        let enterprise, district, inspectors, derivation, command: String
    }

    static func formKey(_ tier: RiskTier) -> String { tier == .mediumHigh ? "mediumHigh" : tier.rawValue }

    static func stateName(_ state: InspectionPlan.State) -> Bilingual {
        switch state {
        case .draft: Bilingual("草拟（未冻结）", en: "Draft (not frozen)")
        case .frozen: Bilingual("已冻结，待录入随机源", en: "Frozen, awaiting source values")
        case .drawn: Bilingual("已抽取并公示", en: "Drawn and published")
        }
    }

    static func content(
        _ plan: InspectionPlan, directory: PlanDirectory, mayAct: Bool, errors: [String], form: [String: String], language: Language
    ) -> PlanContent {
        let en = language == .en
        let tierName = { (tier: RiskTier) in en ? tier.rawValue : tier.chineseName }
        let tiers = RiskTier.allCases.map { tier in
            let pool = plan.frozen?.pools.tiers.first { $0.tier == tier }
            let pending = en ? "set at freezing" : "冻结时确定"
            return TierRow(
                name: tierName(tier), percent: "\(plan.ratio(of: tier))%", size: pool.map { String($0.enterprises.count) } ?? pending,
                count: pool.map { String($0.sampleSize) } ?? pending
            )
        }
        return PlanContent(
            w: words(language), identifier: plan.identifier, title: plan.title, year: String(plan.year), state: stateName(plan.state).text(language),
            districts: plan.districts.map { directory.district($0.rawValue) }.joined(separator: "、"),
            categories: plan.categories.isEmpty ? (en ? "All categories" : "全部产品类别") : plan.categories.map(\.rawValue).joined(separator: "、"),
            checksEndOn: plan.checksEndOn.description, rule: rule.text(language), tiers: tiers,
            freezeAction: mayAct && plan.state == .draft ? InspectionURL.freeze(.value(plan.identifier)).path : nil,
            frozen: plan.frozen.map { frozen(plan, $0, directory: directory, mayAct: mayAct, language: language) },
            draw: plan.draw.map { draw(plan, $0, directory: directory, language: language) }, errors: errors, form: form
        )
    }

    private static func frozen(_ plan: InspectionPlan, _ frozen: FrozenPlan, directory: PlanDirectory, mayAct: Bool, language: Language) -> Frozen {
        let en = language == .en
        let sources = zip(frozen.sourceNames, frozen.sourceValues).enumerated().map { offset, source in
            Source(
                index: offset + 1, name: source.0, value: source.1,
                action: mayAct && source.1 == nil ? InspectionURL.source(.value(plan.identifier), .value(offset + 1)).path : nil
            )
        }
        let tierPools = frozen.pools.tiers.map { tier in
            TierPool(
                name: en ? tier.tier.rawValue : tier.tier.chineseName,
                entries: tier.enterprises.prefix(shownPoolRows).map { "\($0.position). \($0.creditCode)（\(directory.district($0.district))）" },
                more: tier.enterprises.count > shownPoolRows ? (en ? "\(tier.enterprises.count - shownPoolRows) more in pools.json" : "另有 \(tier.enterprises.count - shownPoolRows) 家见 pools.json") : nil
            )
        }
        let inspectorPools = frozen.pools.inspectorPools.map { pool in
            InspectorPoolView(district: directory.district(pool.district), entries: pool.inspectors.map { "\($0.position). \(directory.inspectors[$0.id] ?? "")（\($0.id)）" })
        }
        let exclusions = frozen.pools.exclusions.map { exclusion in
            let reason = exclusion.reason == .conflict ? (en ? "declared conflict" : "申报利害关系") : (en ? "inspected it in the previous plan" : "上一计划已检查该企业")
            return "\(exclusion.inspector) — \(exclusion.enterprise)：\(reason)"
        }
        return Frozen(
            on: frozen.on.description, poolsHash: frozen.poolsHash, poolsHref: InspectionURL.poolsFile(.value(plan.identifier)).path, sources: sources,
            tierPools: tierPools, inspectorPools: inspectorPools, exclusions: exclusions
        )
    }

    private static func draw(_ plan: InspectionPlan, _ draw: PublishedDraw, directory: PlanDirectory, language: Language) -> Draw {
        let en = language == .en
        let sources = draw.sources.map { shellQuoted($0.value) }.joined(separator: " ")
        let tiers = draw.tiers.map { tier in
            TierDrawView(
                name: en ? tier.tier.rawValue : tier.tier.chineseName,
                summary: en ? "\(tier.ratioPercent)% of \(tier.pool.count), rounded up: \(tier.count)" : "\(tier.ratioPercent)% × \(tier.pool.count) 家，向上取整：抽取 \(tier.count) 家",
                command: "permittrail draw rfc3797 --pool \(tier.pool.count) --count \(tier.count) \(sources) \(shellQuoted(TierDraw.label(for: tier.tier)))",
                steps: tier.steps.map { step in
                    let code = tier.pool[step.selected - 1].creditCode
                    return StepView(
                        index: String(step.index), md5: step.md5, divisor: String(step.divisor), remainder: String(step.remainder),
                        selected: String(step.selected), enterprise: directory.enterprises[code].map { "\($0)（\(code)）" } ?? code
                    )
                }
            )
        }
        let matching = draw.matching.map { match in
            MatchView(
                enterprise: directory.enterprises[match.enterprise].map { "\($0)（\(match.enterprise)）" } ?? match.enterprise,
                district: directory.district(match.district),
                inspectors: match.inspectors.map { "\(directory.inspectors[$0] ?? "")（\($0)）" }.joined(separator: "、"),
                derivation: en
                    ? "sent first: \(match.priority.joined(separator: ", ")); candidates: \(match.candidates.joined(separator: ", ")); selected positions: \(match.steps.map { String($0.selected) }.joined(separator: ", "))"
                    : "优先派出：\(match.priority.joined(separator: "、"))；候选：\(match.candidates.joined(separator: "、"))；抽中候选序号：\(match.steps.map { String($0.selected) }.joined(separator: "、"))",
                command: "permittrail draw rfc3797 --pool \(match.candidates.count) --count \(match.steps.count) \(sources) \(shellQuoted(InspectorMatching.label(for: match.enterprise)))"
            )
        }
        return Draw(
            keyString: draw.keyString, drawHref: InspectionURL.drawFile(.value(plan.identifier)).path,
            verifyCommand: "permittrail draw verify draw.json",
            resultsHref: InspectionTaskURL.results(.value(plan.identifier)).path, tasksHref: InspectionTaskURL.planTasks(.value(plan.identifier)).path,
            tiers: tiers, matching: matching
        )
    }

    /// A source as one shell word, so the command lines shown can be pasted.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static let rule = Bilingual(
        "抽取家数 = 抽查比例 × 该风险等级名录库企业数，向上取整（例如 10% × 31 家 = 3.1，抽取 4 家）。未评定风险等级的企业按中风险计入。",
        en: "Number drawn = sampling ratio × enterprises in the tier's pool, rounded up (10% of 31 is 3.1: 4 are drawn). Enterprises not yet rated count as medium risk."
    )

    static func words(_ language: Language) -> [String: String] {
        wordList.mapValues { $0.text(language) }
    }

    private static let wordList: [String: Bilingual] = [
        "title": title,
        "intro": Bilingual(
            "按风险等级随机抽取检查对象、随机选派执法检查人员，抽取过程依 RFC 3797 进行，任何人可根据公布的名录库和随机源离线复算。",
            en: "Enterprises are drawn by risk tier and inspectors matched at random by RFC 3797; anyone can re-run the draw offline from the published pools and sources."
        ),
        "none": Bilingual("暂无抽查计划。", en: "No plan yet."),
        "identifier": Bilingual("计划编号", en: "Plan"), "planTitle": Bilingual("计划名称", en: "Title"), "year": Bilingual("年度", en: "Year"),
        "state": Bilingual("状态", en: "State"), "checksEndOn": Bilingual("现场检查截止日期", en: "On-site checks by"),
        "districts": Bilingual("抽查范围（区划）", en: "Districts"), "categories": Bilingual("产品类别", en: "Product categories"),
        "districtsHint": Bilingual("区划代码，多个以逗号分隔", en: "District codes, separated by commas"),
        "categoriesHint": Bilingual("产品类别代码如 06-001，多个以逗号分隔；不填为全部类别", en: "Category codes such as 06-001, separated by commas; empty for all"),
        "create": Bilingual("新建抽查计划", en: "New plan"), "ratios": Bilingual("抽查比例", en: "Sampling ratios"),
        "tier": Bilingual("风险等级", en: "Risk tier"), "ratio": Bilingual("抽查比例", en: "Ratio"), "size": Bilingual("名录库企业数", en: "Pool size"),
        "count": Bilingual("抽取家数", en: "Number drawn"), "low": Bilingual("低风险（%）", en: "Low (%)"), "medium": Bilingual("中风险（%）", en: "Medium (%)"),
        "mediumHigh": Bilingual("中高风险（%）", en: "Medium-high (%)"), "high": Bilingual("高风险（%）", en: "High (%)"),
        "freeze": Bilingual("冻结名录库并公布随机源", en: "Freeze the pools and name the sources"),
        "freezeHint": Bilingual(
            "每行一个随机源，须为冻结时尚不存在的值，例如“2026-12-10 中国福利彩票双色球开奖号码”“本系统账本树大小达到 5000 时的检查点根哈希”。",
            en: "One source per line, each a value that does not exist yet, e.g. a named future lottery draw, or the ledger's root at a named future tree size."
        ),
        "frozen": Bilingual("已冻结的名录库", en: "Frozen pools"), "frozenOn": Bilingual("冻结日期", en: "Frozen on"),
        "poolsHash": Bilingual("名录库 SHA-256（已记入账本）", en: "Pools SHA-256 (in the ledger)"), "poolsFile": Bilingual("下载名录库 pools.json", en: "Download pools.json"),
        "enterprisePools": Bilingual("抽查对象名录库", en: "Enterprise pools"), "inspectorPools": Bilingual("执法检查人员名录库", en: "Inspector pools"),
        "exclusions": Bilingual("回避", en: "Exclusions"), "noExclusions": Bilingual("无", en: "None"),
        "sources": Bilingual("随机源", en: "Random sources"), "pending": Bilingual("待公布", en: "Not yet known"),
        "value": Bilingual("值", en: "Value"), "enter": Bilingual("录入", en: "Enter"),
        "draw": Bilingual("抽取结果", en: "The draw"), "keyString": Bilingual("密钥串（RFC 3797）", en: "Key string (RFC 3797)"),
        "step": Bilingual("序号", en: "Step"), "divisor": Bilingual("除数", en: "Divisor"), "remainder": Bilingual("余数", en: "Remainder"),
        "selected": Bilingual("抽中序号", en: "Selected"), "enterprise": Bilingual("企业", en: "Enterprise"),
        "matching": Bilingual("人员匹配", en: "Inspector matching"), "inspectors": Bilingual("执法检查人员", en: "Inspectors"),
        "derivation": Bilingual("推导", en: "Derivation"), "district": Bilingual("监管区划", en: "District"),
        "rerun": Bilingual("自行复算", en: "Re-run it yourself"),
        "rerunIntro": Bilingual(
            "下载抽取结果文件后，用 permittrail 命令行离线复算，输出 OK 即与公布结果一致：",
            en: "Download the draw file and re-run it offline with the permittrail command line; OK means it matches what is published:"
        ),
        "drawFile": Bilingual("下载抽取结果 draw.json", en: "Download draw.json"),
        "results": Bilingual("检查结果公示", en: "Published inspection results"),
        "tasks": Bilingual("抽查任务派发与进度", en: "Tasks: dispatch and progress"),
        "tierCommand": Bilingual("单独复算该风险等级：", en: "Re-run this tier alone:"),
    ]
}
