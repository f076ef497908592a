import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("On-site check — times, key devices and statements through the API and the case page; the recordings' deadline on the worklist")
struct OnSiteCheckAPITests {
    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    static let video = Data([0, 0, 0, 24] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2".utf8) + Array(repeating: 0, count: 64))

    @Test("the team states the check; the devices then want their nameplates before the node completes; outsiders get 404, bad times 400")
    func devices() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app, team: ["pudong.inspector"])
            let now = app.clock.now()
            let path = "/api/v1/cases/\(number)/onsite-check"
            let body = #"{"startedAt":"\#(Self.iso(now.addingTimeInterval(-7200)))","endedAt":"\#(Self.iso(now.addingTimeInterval(-600)))","devices":[{"name":"拉丝机","area":"production"},{"name":"火花试验机","area":"inspection","hasMetrologyLabel":true}]}"#

            let outsider = try await app.send(.PUT, path, headers: app.account("xuhui.officer").bearer, json: body)
            #expect(outsider.status == .notFound)
            let backwards = try await app.send(
                .PUT, path, headers: officer.bearer,
                json: #"{"startedAt":"\#(Self.iso(now.addingTimeInterval(-600)))","endedAt":"\#(Self.iso(now.addingTimeInterval(-7200)))"}"#
            )
            #expect(backwards.status == .badRequest || backwards.status == .unprocessableEntity)
            #expect(backwards.problem?.errors?.first?.field == "endedAt")
            let badArea = try await app.send(.PUT, path, headers: officer.bearer, json: #"{"startedAt":"\#(Self.iso(now))","devices":[{"name":"x","area":"kitchen"}]}"#)
            #expect(badArea.problem?.errors?.first?.field == "devices[0].area")

            let stated = try await app.send(.PUT, path, headers: officer.bearer, json: body)
            #expect(stated.status == .ok)
            let check = try stated.content.decode(API.OnSiteCheckDTO.self)
            #expect(check.devices.map(\.name) == ["拉丝机", "火花试验机"])
            #expect(check.recordingsDue == now.addingTimeInterval(-600 + 24 * 3600))

            let shown = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer.bearer).content.decode(API.CaseDTO.self)
            #expect(shown.onSiteCheck?.devices.count == 2)
            let production = try #require(shown.nodes.first { $0.id == "production-equipment" })
            #expect(production.evidenceProblems.contains { $0.code == "photo.missing" && $0.message.contains("拉丝机") })

            // Walk to the production check and try to complete it with a photo of something else.
            for earlier in ["onsite-plan", "onsite-notice", "factory-entry", "first-meeting"] {
                _ = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(earlier)/exemptions", headers: officer.bearer, json: #"{"ground":"emergency","statement":"测试"}"#)
                _ = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(earlier)/records", headers: officer.bearer, json: #"{"text":"已完成"}"#)
                #expect(try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(earlier)/complete", headers: officer.bearer).status == .ok, "\(earlier)")
            }
            let node = "/api/v1/cases/\(number)/nodes/production-equipment"
            _ = try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"text":"核查项目"}"#)
            let video = try await EvidenceRecordsTests.upload(Self.video, as: officer, in: app)
            #expect(try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"upload":"\#(video)","kind":"video"}"#).status == .created)
            let other = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 3000, height: 2000), as: officer, in: app)
            _ = try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"upload":"\#(other)","kind":"photo","subject":"device-nameplate","device":"挤塑机"}"#)
            let refused = try await app.send(.POST, "\(node)/complete", headers: officer.bearer)
            #expect(refused.status == .conflict)
            #expect(refused.problem?.detail.contains("拉丝机") == true, "\(refused.body.string)")
            let nameplate = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 3000, height: 2001), as: officer, in: app)
            _ = try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"upload":"\#(nameplate)","kind":"photo","subject":"device-nameplate","device":"拉丝机"}"#)
            #expect(try await app.send(.POST, "\(node)/complete", headers: officer.bearer).status == .ok)

            let kinds = try await app.store.ledger.recentEntries(limit: 500).map(\.entry.eventType)
            #expect(kinds.contains("onsite-check.stated"))
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("a reviewer marks where each statement is said; a wrong item or an offset past the end is refused; the record lists them")
    func statements() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app)
            let upload = try await EvidenceRecordsTests.upload(Self.video, as: officer, in: app)
            let created = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/first-meeting/records", headers: officer.bearer, json: #"{"upload":"\#(upload)","kind":"video"}"#
            )
            let record = try created.content.decode(API.RecordDTO.self)
            #expect(record.statements?.map(\.item) == ["chair", "attendees", "meeting-start", "meeting-end"])
            #expect(record.statements?.allSatisfy { $0.offset == nil } == true)
            let path = "/api/v1/records/\(record.id)/statements"

            #expect(try await app.send(.POST, path, headers: app.account("xuhui.officer").bearer, json: #"{"item":"chair","offset":5}"#).status == .notFound)
            let unknown = try await app.send(.POST, path, headers: officer.bearer, json: #"{"item":"weather","offset":5}"#)
            #expect(unknown.problem?.errors?.first?.field == "item")
            let negative = try await app.send(.POST, path, headers: officer.bearer, json: #"{"item":"chair","offset":-1}"#)
            #expect(negative.problem?.errors?.first?.field == "offset")
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: #"{"item":"chair","offset":5}"#).status == .created)
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: #"{"item":"chair","offset":12}"#).status == .created)

            let shown = try await app.send(.GET, "/api/v1/records/\(record.id)", headers: officer.bearer).content.decode(API.RecordDTO.self)
            #expect(shown.statements?.first { $0.item == "chair" }?.offset == 12)
            let node = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer.bearer).content.decode(API.CaseDTO.self)
                .nodes.first { $0.id == "first-meeting" }
            #expect(node?.evidenceProblems.filter { $0.code == "statement.missing" }.count == 3)

            // The page's form takes the time as the player shows it.
            let page = try await app.send(
                .POST, "/cases/\(number)/records/\(record.id)/statements", headers: officer.cookie,
                form: ["csrf": officer.csrf, "item": "attendees", "offset": "1:15", "node": "first-meeting"]
            )
            #expect(page.status == .seeOther)
            let casePage = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie)
            #expect(casePage.body.string.contains("1:15"))
            let bad = try await app.send(
                .POST, "/cases/\(number)/records/\(record.id)/statements", headers: officer.cookie,
                form: ["csrf": officer.csrf, "item": "attendees", "offset": "一分钟"]
            )
            #expect(bad.status == .badRequest || bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("offset") || bad.body.string.contains("时间"))
        }
    }

    @Test("the page's form states the check in China time; the team's worklist then shows the recordings due 24 hours after it")
    func worklist() async throws {
        try await CasesAPITests.withEnterprise { app in
            let inspector = app.account("pudong.inspector")
            let opened = try await app.send(
                .POST, "/api/v1/cases", headers: app.account("pudong.officer").bearer,
                json: #"{"process":"license-onsite-review","subject":"\#(CasesAPITests.enterpriseCode)","team":["pudong.inspector"]}"#
            )
            #expect(opened.status == .created, "\(opened.body.string)")
            let number = try opened.content.decode(API.CaseDTO.self).number
            let end = app.clock.now().addingTimeInterval(-3600)
            let local = { (date: Date) in String(EvidenceText.time(date).prefix(16)).replacingOccurrences(of: " ", with: "T") }
            let res = try await app.send(
                .POST, "/cases/\(number)/onsite-check", headers: inspector.cookie,
                form: [
                    "csrf": inspector.csrf, "startedAt": local(end.addingTimeInterval(-4 * 3600)), "endedAt": local(end),
                    "productionDevices": "拉丝机\n挤塑机\n", "inspectionDevices": "火花试验机", "labelledDevices": "火花试验机",
                ]
            )
            #expect(res.status == .seeOther, "\(res.body.string)")
            let check = try #require(try await app.store.cases.evidence(of: try CaseNumber(parsing: number)).check)
            #expect(check.devices.map(\.name) == ["拉丝机", "挤塑机", "火花试验机"])
            #expect(check.devices.last?.hasMetrologyLabel == true && check.devices.last?.area == .inspection)
            #expect(abs(check.endedAt!.timeIntervalSince(end)) < 60)

            let listed = try await app.send(.GET, "/api/v1/worklist", headers: inspector.bearer)
            #expect(listed.status == .ok, "\(listed.body.string)")
            let work = try listed.content.decode([API.WorkItemDTO].self)
            let saving = try #require(work.first { $0.task == "save-recordings" })
            #expect(saving.caseNumber == number && saving.overdue == false)
            #expect(saving.nodes?.first == "factory-entry")
            let home = try await app.send(.GET, "/home", headers: inspector.cookie)
            #expect(home.body.string.contains("上传现场核查音像记录"))

            // A corrected statement replaces the first: the check ended a day earlier.
            let restated = try await app.send(
                .PUT, "/api/v1/cases/\(number)/onsite-check", headers: inspector.bearer,
                json: #"{"startedAt":"\#(Self.iso(end.addingTimeInterval(-30 * 3600)))","endedAt":"\#(Self.iso(end.addingTimeInterval(-24 * 3600 - 60)))"}"#
            )
            #expect(restated.status == .ok)
            let later = try await app.send(.GET, "/api/v1/worklist", headers: inspector.bearer).content.decode([API.WorkItemDTO].self)
            #expect(later.first { $0.task == "save-recordings" }?.overdue == true)
            let officerWork = try await app.send(.GET, "/api/v1/worklist", headers: app.account("pudong.officer").bearer)
                .content.decode([API.WorkItemDTO].self)
            #expect(!officerWork.contains { $0.task == "save-recordings" })
        }
    }
}
