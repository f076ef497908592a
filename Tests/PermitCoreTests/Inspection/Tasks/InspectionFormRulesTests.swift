import Foundation
@testable import PermitCore
import Testing

@Suite("一企两表 — the record form of seed 002's attachment and the equipment form, each refusal named (RND-5)")
struct InspectionFormRulesTests {
    /// Every item answered with its first record and 符合; the enterprise signs with its seal.
    static func passing() -> RecordFormInput {
        var items: [Int: RecordFormInput.Item] = [:]
        for item in InspectionChecklist.items {
            let record = item.records.first { $0.key != InspectionItem.detailedRecord }?.key ?? item.records[0].key
            items[item.number] = .init(record: record, conclusion: "conforming")
        }
        return RecordFormInput(items: items, enterprise: AcknowledgementInput(opinion: "无异议", representative: "周明", sealed: true))
    }

    static func reasons(_ input: RecordFormInput) -> [InspectionFormRefusal.Reason] {
        do {
            _ = try InspectionFormRules.record(input)
            return []
        } catch {
            return error.issues.map(\.reason)
        }
    }

    @Test("the checklist is the attachment's: 11 items, 不适用 only on items 4, 5, 9 and 10, details only on 10 and 11")
    func checklist() {
        #expect(InspectionChecklist.items.map(\.number) == Array(1...11))
        #expect(InspectionChecklist.items.filter { $0.conclusions.contains(.notApplicable) }.map(\.number) == [4, 5, 9, 10])
        #expect(InspectionChecklist.items.filter { !$0.details.isEmpty }.map(\.number) == [10, 11])
        #expect(InspectionChecklist.item(2)?.records.count == 3 && InspectionChecklist.item(6)?.records.count == 3)
    }

    @Test("all conforming → 合格, computed whatever was not ticked; one 不符合 → 不合格 with the problems summarised")
    func conclusionRule() throws {
        let form = try InspectionFormRules.record(Self.passing())
        #expect(form.conclusion == .pass && form.items.count == 11)
        var failing = Self.passing()
        failing.items[8] = .init(record: "no", conclusion: "non-conforming")
        failing.problems = "部分计量器具超过检定有效期"
        #expect(try InspectionFormRules.record(failing).conclusion == .fail)
        #expect(try InspectionFormRules.record(failing).text.contains("检查结论：不合格"))
    }

    @Test("an item unanswered is named by number; so is a record or conclusion the item does not print")
    func unanswered() {
        var input = Self.passing()
        input.items[3] = nil
        input.items[6] = .init(record: "inspected", conclusion: nil)
        #expect(Self.reasons(input) == [.unanswered(item: 3), .unanswered(item: 6)])
        input = Self.passing()
        input.items[1] = .init(record: "valid", conclusion: "not-applicable")
        input.items[2] = .init(record: "maybe", conclusion: "conforming")
        #expect(Self.reasons(input) == [.notAllowed(item: 1, value: "not-applicable"), .notAllowed(item: 2, value: "maybe")])
        input = Self.passing()
        input.items[4] = .init(record: "marked", conclusion: "not-applicable")
        #expect(Self.reasons(input).isEmpty)
    }

    @Test("有 needs its bracketed detail (one on item 10, any on item 11), and 无 has none")
    func details() {
        var input = Self.passing()
        input.items[10] = .init(record: "found", conclusion: "conforming")
        input.items[11] = .init(record: "none", details: ["counterfeit"], conclusion: "conforming")
        #expect(Self.reasons(input) == [.detailsMismatch(item: 10), .detailsMismatch(item: 11)])
        input.items[10] = .init(record: "found", details: ["handled"], conclusion: "conforming")
        input.items[11] = .init(record: "found", details: ["counterfeit", "other-violation"], conclusion: "non-conforming")
        input.problems = "生产假冒伪劣产品"
        #expect(Self.reasons(input).isEmpty)
        input.items[10] = .init(record: "found", details: ["handled", "unhandled"], conclusion: "conforming")
        #expect(Self.reasons(input) == [.detailsMismatch(item: 10)])
    }

    @Test("a conclusion that contradicts the items is refused; so is a failure without its problems")
    func contradiction() {
        var input = Self.passing()
        input.conclusion = "fail"
        #expect(Self.reasons(input) == [.contradictingConclusion(submitted: .fail, computed: .pass)])
        input.conclusion = "pass"
        input.items[3] = .init(record: "exists", conclusion: "non-conforming")
        #expect(Self.reasons(input) == [.contradictingConclusion(submitted: .pass, computed: .fail), .problemsMissing])
    }

    @Test("the enterprise signs with its seal, or its refusal is recorded; neither is refused")
    func enterpriseSignature() throws {
        var input = Self.passing()
        input.enterprise = AcknowledgementInput(opinion: "同意")
        #expect(Self.reasons(input) == [.enterpriseSignatureMissing, .sealMissing])
        input.enterprise = AcknowledgementInput(refused: true)
        #expect(Self.reasons(input) == [.refusalNoteMissing])
        input.enterprise = AcknowledgementInput(refused: true, refusalNote: "法定代表人拒绝在检查表上签字")
        #expect(try InspectionFormRules.record(input).enterprise.refused)
    }

    @Test("the equipment form lists at least one device, each with kind, name and what was found")
    func equipment() throws {
        let signed = AcknowledgementInput(representative: "周明", sealed: true)
        #expect(throws: InspectionFormRefusal([.init(field: "devices", reason: .noDevices)])) { try InspectionFormRules.equipment(.init(devices: [], enterprise: signed)) }
        let refused = try? InspectionFormRules.equipment(.init(devices: [.init(kind: "press", name: "挤塑机", found: "运行正常"), .init(kind: "production", name: "", found: "")], enterprise: signed))
        #expect(refused == nil)
        let form = try InspectionFormRules.equipment(.init(devices: [.init(kind: "inspection", name: "拉力试验机", model: "WDW-10", found: "在检定有效期内")], enterprise: signed))
        #expect(form.devices.first?.kind == .inspection && form.text.contains("拉力试验机（WDW-10）"))
    }
}
