import PermitCore
import Testing

@Suite("Text forms — meeting minutes and the on-site documents, field by field (REC-6, REC-11)")
struct TextFormTests {
    @Test("minutes need time, place, people and content; a value over several lines reads back whole")
    func minutes() throws {
        let form = TextForm.meetingMinutes
        #expect(form.render(["time": "9:00", "place": "会议室"]) == .failure(.init(keys: ["people", "content"])))
        let values = ["time": "2026-03-02 09:00", "place": "企业二楼会议室", "people": "审查组、企业负责人", "content": "介绍核查依据\n安排日程"]
        let text = try form.render(values).get()
        #expect(text.hasPrefix("时间：2026-03-02 09:00\n地点：企业二楼会议室"))
        #expect(Dictionary(uniqueKeysWithValues: form.fields(of: text).map { ($0.0.key, $0.1) }) == values)
    }

    @Test("each on-site node names the form its written record is filled in on")
    func prescribed() {
        #expect(TextForm.prescribed(for: NodeKey(rawValue: "first-meeting")!) == .meetingMinutes)
        #expect(TextForm.prescribed(for: NodeKey(rawValue: "onsite-notice")!) == .planNotice)
        #expect(TextForm.prescribed(for: NodeKey(rawValue: "factory-entry")!) == nil)
    }
}
