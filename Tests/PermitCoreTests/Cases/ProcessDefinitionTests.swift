import Foundation
import PermitCore
import Testing

@Suite("Process definitions — 流程定义")
struct ProcessDefinitionTests {
    @Test("Every shipped definition passes its own checks", arguments: ProcessDefinition.shipped)
    func shippedAreValid(definition: ProcessDefinition) {
        #expect(definition.problems.isEmpty)
    }

    @Test("The on-site review has seed 000's seven nodes with the table's record forms (REC-3)")
    func onSiteReviewForms() {
        let forms = ProcessDefinition.licenseOnSiteReview.nodes.map { ($0.name.zhHans, $0.requirements.map(\.description)) }
        #expect(forms.map(\.0) == ["制定企业现场核查计划", "发放企业现场核查计划通知书", "进厂环节", "首次会议", "生产区域关键生产设备核查", "检验区域关键检验设备核查", "末次会议"])
        #expect(forms.map(\.1) == [["text"], ["text"], ["video"], ["text", "video"], ["text", "photo", "video"], ["text", "photo", "video"], ["text", "video"]])
        #expect(ProcessDefinition.licenseOnSiteReview.filing == DeadlineRule(30, .calendarDays, from: .caseClosed))
    }

    @Test("The licence application's three nodes are all disclosed (网站公示, REC-12)")
    func applicationDisclosed() {
        let nodes = ProcessDefinition.licenseApplication.nodes
        #expect(nodes.map(\.stage.zhHans) == ["受理", "决定", "文书发放"])
        #expect(nodes.allSatisfy { $0.disclosed })
    }

    @Test("CMA's traditional review waits for the on-site or the document review, whichever applies")
    func cmaBranches() {
        let definition = ProcessDefinition.cmaTraditional
        let decision = definition.node(NodeKey(rawValue: "decision")!)!
        #expect(definition.predecessors(of: decision).map(\.rawValue) == ["review-summary", "document-review-summary"])
        #expect(definition.nodes.filter(\.whereApplicable).count == 8)
        #expect(ProcessDefinition.cmaFollowUpDocument.nodes.map(\.requirements) == [[.one(.scan)]])
    }

    @Test("A definition whose node follows a later or unknown node, or repeats a key, is refused")
    func problems() {
        var definition = ProcessDefinition.licenseApplication
        definition.nodes[0].after = [NodeKey(rawValue: "decision")!]
        definition.nodes[2].id = definition.nodes[1].id
        definition.version = 0
        #expect(definition.problems == [
            .versionNotPositive, .followsLaterOrUnknownNode(NodeKey(rawValue: "acceptance")!, NodeKey(rawValue: "decision")!),
            .duplicateNode(NodeKey(rawValue: "decision")!),
        ])
    }

    @Test("A definition survives JSON, as an administrator publishes it")
    func codable() throws {
        let data = try JSONEncoder().encode(ProcessDefinition.cmaTraditional)
        #expect(try JSONDecoder().decode(ProcessDefinition.self, from: data) == .cmaTraditional)
    }

    @Test("The flow chart has a box per node, an arrow per predecessor, and escapes its text")
    func flowChart() {
        var definition = ProcessDefinition.cmaTraditional
        let svg = FlowChart.svg(definition, .zhHans)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == definition.nodes.count)
        let arrows = definition.nodes.map { definition.predecessors(of: $0).count }.reduce(0, +)
        #expect(svg.components(separatedBy: "<polyline ").count - 1 == arrows)
        #expect(svg.contains("作出受理决定"))
        definition.nodes[0].name = Bilingual("<script>&", en: "x")
        #expect(FlowChart.svg(definition, .zhHans).contains("&lt;script&gt;&amp;"))
        #expect(!FlowChart.svg(definition, .zhHans).contains("<script>"))
    }
}
