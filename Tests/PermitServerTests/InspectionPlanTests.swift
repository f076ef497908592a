import Crypto
import Foundation
import PermitCommands
import PermitCore
import PermitLedger
@testable import PermitServer
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Inspection plans — create, freeze, enter sources, the draw published and re-run from the public file (RND-1…4, PUB-1)")
struct InspectionPlanTests {
    static let plan = #"{"title":"2026年度工业产品生产许可获证企业双随机抽查","year":2026,"districts":["310115"],"checksEndOn":"2026-10-31","ratios":{"low":10}}"#
    static let sources = #"{"sources":["2026-03-10 中国福利彩票双色球开奖号码","账本树大小 5000 时的检查点根哈希"]}"#

    static func code(_ n: Int) -> String {
        let prefix = "91310115MA1K" + String(format: "%05d", n)
        return prefix + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix)!)
    }

    /// Eight licensed enterprises producing in 浦东, one in 徐汇, three active
    /// inspectors in 浦东 and one in 徐汇.
    static func withRegistry(_ body: (TestApp) async throws -> Void) async throws {
        try await withTestApp { app in
            let context = app.store.operatorContext()
            for n in 1...9 {
                let district = n == 9 ? "310104" : "310115"
                _ = try await EnterpriseCommands.register(EnterpriseDraft(
                    name: "上海抽查示范企业\(n)有限公司", creditCode: code(n), registeredAddress: "上海市某路 \(n) 号", registeredDistrict: district,
                    productionAddress: "上海市某路 \(n) 号", productionDistrict: district, legalRepresentative: "周明", phone: "021-58880000",
                    licenseNumber: "(沪)XK06-001-0000\(n)", licenseIssuedOn: "2024-01-01", licenseValidUntil: "2028-12-31", productScope: "电线电缆"
                ), in: context)
            }
            for (certificate, district) in [("ZF0001", "310115"), ("ZF0002", "310115"), ("ZF0003", "310115"), ("ZF0101", "310104")] {
                _ = try await InspectorCommands.add(InspectorDraft(
                    name: "检查员\(certificate)", unit: "市场监督管理局", position: "科员", phone: "13812345678", certificateNumber: certificate, isActive: true,
                    conflicts: []
                ), in: DistrictCode(rawValue: district)!, context: context)
            }
            try await body(app)
        }
    }

    @Test("through the API: create, sources refused before freezing, freeze, sources entered once, the draw published; draw.json verifies and pools.json hashes as recorded")
    func wholePlan() async throws {
        try await Self.withRegistry { app in
            let officer = app.account("city.admin").bearer
            let created = try await app.send(.POST, "/api/v1/inspection/plans", headers: officer, json: Self.plan)
            #expect(created.status == .created, "\(created.text)")
            let plan = try created.content.decode(API.InspectionPlanDTO.self)
            #expect(plan.identifier == "SJ-2026-001" && plan.state == "draft" && plan.tiers.map(\.percent) == [10, 20, 30, 50])
            let path = "/api/v1/inspection/plans/\(plan.identifier)"

            let size = try await app.store.ledger.size()
            let early = try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"1 2 3"}"#)
            #expect(early.status == .conflict && early.problem?.detail.contains("尚未冻结") == true)
            #expect(try await app.store.ledger.size() == size)

            let frozen = try await app.send(.POST, "\(path)/freeze", headers: officer, json: Self.sources)
            #expect(frozen.status == .ok, "\(frozen.text)")
            let frozenPlan = try frozen.content.decode(API.InspectionPlanDTO.self)
            #expect(frozenPlan.state == "frozen" && frozenPlan.tiers[1].poolSize == 8 && frozenPlan.tiers[1].count == 2)
            let entry = try #require(try await app.store.ledger.recentEntries(limit: 1).first?.entry)
            #expect(entry.eventType == "inspection.plan.frozen" && entry.fields["poolsHash"] == frozenPlan.poolsHash)
            let pools = try await app.send(.GET, "/inspection/plans/\(plan.identifier)/pools.json")
            #expect(SHA256.hash(data: Data(pools.body.readableBytesView)).map { String(format: "%02x", $0) }.joined() == frozenPlan.poolsHash)
            #expect(try await app.send(.POST, "\(path)/freeze", headers: officer, json: Self.sources).status == .conflict)

            #expect(try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"03 11 19 24 27 32 08"}"#).status == .ok)
            #expect(try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"3 8 11 19 24 27 32"}"#).status == .ok)
            let sizeBefore = try await app.store.ledger.size()
            let twice = try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"01 02 03 04 05 06 07"}"#)
            #expect(twice.status == .conflict && twice.problem?.detail.contains("不能改为其他值") == true)
            #expect(try await app.store.ledger.size() == sizeBefore)
            #expect(try await app.send(.PUT, "\(path)/sources/3", headers: officer, json: #"{"value":"1"}"#).status == .notFound)

            let drawn = try await app.send(.PUT, "\(path)/sources/2", headers: officer, json: #"{"value":"9f86d081884c7d659a2feaa0c55ad015"}"#)
            let result = try drawn.content.decode(API.InspectionPlanDTO.self)
            #expect(result.state == "drawn" && result.matching?.count == 2 && result.matching?.allSatisfy { $0.inspectors.count == 2 } == true)

            let file = try await app.send(.GET, "/inspection/plans/\(plan.identifier)/draw.json")
            #expect(file.status == .ok)
            let published = try PublishedDraw(jsonData: Data(file.body.readableBytesView))
            #expect(published.verify() == .ok)
            #expect(published.tiers.first { $0.tier == .medium }?.selected == result.tiers[1].selected)

            let page = try await app.send(.GET, "/inspection/plans/\(plan.identifier)").text
            #expect(page.contains("已抽取并公示") && page.contains(published.keyString) && page.contains("permittrail draw verify draw.json"))
            #expect(page.contains("检查员ZF000") && page.contains("&#39;tier medium&#39;"))
            #expect(try await app.send(.GET, "/api/v1/inspection/plans").content.decode([API.InspectionPlanDTO].self).map(\.identifier) == ["SJ-2026-001"])
            _ = try await app.store.ledger.check()
        }
    }

    @Test("a district with fewer than 2 eligible inspectors refuses freezing with the problem in Chinese, nothing written")
    func tooFewInspectors() async throws {
        try await Self.withRegistry { app in
            let officer = app.account("city.admin").bearer
            let body = Self.plan.replacingOccurrences(of: #"["310115"]"#, with: #"["310115","310104"]"#)
            let plan = try await app.send(.POST, "/api/v1/inspection/plans", headers: officer, json: body).content.decode(API.InspectionPlanDTO.self)
            let size = try await app.store.ledger.size()
            let refused = try await app.send(.POST, "/api/v1/inspection/plans/\(plan.identifier)/freeze", headers: officer, json: Self.sources)
            #expect(refused.status == .conflict)
            #expect(refused.problem?.detail.contains("企业 \(Self.code(9))（区划 310104）回避后可派执法检查人员仅 1 名，至少需要 2 名") == true, "\(refused.text)")
            #expect(try await app.store.ledger.size() == size)
            #expect(try await app.send(.GET, "/api/v1/inspection/plans/\(plan.identifier)").content.decode(API.InspectionPlanDTO.self).state == "draft")
        }
    }

    @Test("pools changed after freezing: the draw is refused and the ledger check finds the change")
    func poolsChanged() async throws {
        try await Self.withRegistry { app in
            let officer = app.account("city.admin").bearer
            let plan = try await app.send(.POST, "/api/v1/inspection/plans", headers: officer, json: Self.plan).content.decode(API.InspectionPlanDTO.self)
            let path = "/api/v1/inspection/plans/\(plan.identifier)"
            _ = try await app.send(.POST, "\(path)/freeze", headers: officer, json: Self.sources)
            _ = try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"1 2 3 4 5 6 7"}"#)
            let sql = try app.store.sql()
            try await sql.raw("UPDATE inspection_plans SET pools = REPLACE(pools, \(bind: Self.code(1)), \(bind: Self.code(9)))").run()

            let size = try await app.store.ledger.size()
            let refused = try await app.send(.PUT, "\(path)/sources/2", headers: officer, json: #"{"value":"abc"}"#)
            #expect(refused.status == .conflict && refused.problem?.detail.contains("名录库已被改动") == true, "\(refused.text)")
            #expect(try await app.store.ledger.size() == size)
            await #expect(throws: (any Error).self) { _ = try await app.store.ledger.check() }
        }
    }

    @Test("who plans: a district officer plans their own district only; an inspector or the public cannot; bad input is named")
    func access() async throws {
        try await Self.withRegistry { app in
            let pudong = app.account("pudong.officer").bearer
            #expect(try await app.send(.POST, "/api/v1/inspection/plans", headers: pudong, json: Self.plan).status == .created)
            let other = Self.plan.replacingOccurrences(of: "310115", with: "310104")
            #expect(try await app.send(.POST, "/api/v1/inspection/plans", headers: pudong, json: other).status == .forbidden)
            #expect(try await app.send(.POST, "/api/v1/inspection/plans", headers: app.account("pudong.inspector").bearer, json: Self.plan).status == .forbidden)
            #expect(try await app.send(.POST, "/api/v1/inspection/plans", json: Self.plan).status == .unauthorized)
            let bad = try await app.send(.POST, "/api/v1/inspection/plans", headers: pudong, json: #"{"title":"","year":2026,"districts":["310115"],"checksEndOn":"2020-01-01","ratios":{"high":150}}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(bad.problem?.errors?.map(\.field) ?? []) == ["title", "checksEndOn", "ratios.high"])
            #expect(try await app.send(.GET, "/api/v1/inspection/plans/SJ-2026-999").status == .notFound)
            #expect(try await app.send(.GET, "/inspection/plans/SJ-2026-001/draw.json").status == .notFound)
        }
    }

    @Test("an officer sets an enterprise's risk tier; freezing pools it in that tier")
    func riskTier() async throws {
        try await Self.withRegistry { app in
            let officer = app.account("pudong.officer").bearer
            let set = try await app.send(.PUT, "/api/v1/inspection/risk-tiers/\(Self.code(1))", headers: officer, json: #"{"tier":"high"}"#)
            #expect(set.status == .ok, "\(set.text)")
            #expect(try set.content.decode(API.RiskTierDTO.self).rated)
            #expect(try await app.send(.PUT, "/api/v1/inspection/risk-tiers/\(Self.code(1))", headers: officer, json: #"{"tier":"extreme"}"#).status == .unprocessableEntity)
            #expect(try await app.send(.PUT, "/api/v1/inspection/risk-tiers/\(Self.code(9))", headers: officer, json: #"{"tier":"low"}"#).status == .forbidden)
            let plan = try await app.send(.POST, "/api/v1/inspection/plans", headers: officer, json: Self.plan).content.decode(API.InspectionPlanDTO.self)
            let frozen = try await app.send(.POST, "/api/v1/inspection/plans/\(plan.identifier)/freeze", headers: officer, json: Self.sources)
                .content.decode(API.InspectionPlanDTO.self)
            #expect(frozen.tiers.map(\.poolSize) == [0, 7, 0, 1])
            _ = try await app.store.ledger.check()
        }
    }

    @Test("through the pages, without JavaScript: create, freeze, enter sources; a second different value is shown refused; the public page shows the draw")
    func pages() async throws {
        try await Self.withRegistry { app in
            let officer = app.account("pudong.officer")
            let list = try await app.send(.GET, "/inspection/plans", headers: officer.cookie)
            #expect(list.status == .ok && list.text.contains("新建抽查计划"))
            #expect(try await !app.send(.GET, "/inspection/plans").text.contains("新建抽查计划"))

            let created = try await app.send(.POST, "/inspection/plans", headers: officer.cookie, form: [
                "csrf": officer.csrf, "title": "浦东2026年度抽查", "year": "2026", "districts": "310115", "checksEndOn": "2026-10-31",
                "low": "10", "medium": "20", "mediumHigh": "30", "high": "50",
            ])
            #expect(created.status == .seeOther, "\(created.text)")
            let location = try #require(created.headers.first(name: .location))
            #expect(location == "/inspection/plans/SJ-2026-001")
            let refusedEarly = try await app.send(.POST, "\(location)/sources/1", headers: officer.cookie, form: ["csrf": officer.csrf, "value": "1 2 3"])
            #expect(refusedEarly.status == .conflict && refusedEarly.text.contains("尚未冻结"))

            let frozen = try await app.send(.POST, "\(location)/freeze", headers: officer.cookie, form: ["csrf": officer.csrf, "sources": "双色球开奖号码\n账本检查点根哈希"])
            #expect(frozen.status == .seeOther, "\(frozen.text)")
            #expect(try await app.send(.POST, "\(location)/sources/1", headers: officer.cookie, form: ["csrf": officer.csrf, "value": "5 9 13"]).status == .seeOther)
            let twice = try await app.send(.POST, "\(location)/sources/1", headers: officer.cookie, form: ["csrf": officer.csrf, "value": "6 9 13"])
            #expect(twice.status == .conflict && twice.text.contains("不能改为其他值"))
            #expect(try await app.send(.POST, "\(location)/sources/2", headers: officer.cookie, form: ["csrf": officer.csrf, "value": "ABCDEF0123"]).status == .seeOther)

            for language in ["zh-CN", "en"] {
                let page = try await app.send(.GET, location, headers: ["Accept-Language": language])
                #expect(page.status == .ok && !page.text.contains("<script") && !page.text.contains("name=\"value\""))
                #expect(page.text.contains(language == "en" ? "Drawn and published" : "已抽取并公示"))
            }
        }
    }
}
