import PermitCore
import Testing

@Suite("EventWording — ledger entries in words")
struct EventWordingTests {
    @Test("an event is a sentence naming who and what; an unknown one still reads")
    func sentences() {
        #expect(EventWording.sentence(eventType: "enterprise.registered", actor: "王建国（市局）", subject: "上海精工电缆有限公司", .zhHans)
            == "由 王建国（市局） 登记企业“上海精工电缆有限公司”")
        #expect(EventWording.sentence(eventType: "user.disabled", actor: "Wang", subject: "Li (li.min)", .en) == "Wang disabled the account Li (li.min)")
        #expect(EventWording.sentence(eventType: "case.opened", actor: "王建国", subject: "SQ-2026-00001", .zhHans)
            == "由 王建国 记录 case.opened：SQ-2026-00001")
    }

    @Test("a subject is named from its own fields")
    func subjects() {
        #expect(EventWording.subject(kind: "enterprise", id: "9a0e", fields: ["name": "甲公司"]) == "甲公司")
        #expect(EventWording.subject(kind: "user", id: "u1", fields: ["displayName": "李敏", "username": "li.min"]) == "李敏（li.min）")
        #expect(EventWording.subject(kind: "district", id: "310115", fields: ["name": "浦东新区"]) == "浦东新区（310115）")
        #expect(EventWording.subject(kind: "calendar_year", id: "2027", fields: ["arrangement": "…"]) == "2027")
    }

    @Test("changes name the fields in words, old and new; a first entry lists what it set")
    func changes() {
        let before = ["name": "甲公司", "legalRepresentative": "张三", "productionSites[1].address": "一号", "classification": ""]
        var after = before
        after["legalRepresentative"] = "李四"
        after["productionSites[1].address"] = "二号"
        #expect(EventWording.changes(from: before, to: after, .zhHans) == ["法定代表人：张三 → 李四", "生产地址 2：一号 → 二号"])
        #expect(EventWording.changes(from: nil, to: ["name": "甲公司", "classification": ""], .zhHans) == ["企业名称：甲公司"])
        #expect(EventWording.changes(from: ["phone": "1"], to: [:], .en) == ["Phone: 1 → —"])
    }
}
