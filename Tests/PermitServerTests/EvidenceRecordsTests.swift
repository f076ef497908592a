import Crypto
import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("Evidence records — an upload becomes a record; originals only for the case's people, every look logged")
struct EvidenceRecordsTests {
    /// The head of a PNG of `width` × `height`: enough for the type and the size.
    static func png(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 64)
        return Data(bytes)
    }

    static func upload(_ content: Data, as account: TestAccount, in app: TestApp) async throws -> String {
        try await upload(content, with: account.bearer, in: app)
    }

    static func upload(_ content: Data, with credentials: HTTPHeaders, in app: TestApp) async throws -> String {
        var headers = credentials
        headers.add(name: "Tus-Resumable", value: "1.0.0")
        headers.add(name: "Upload-Length", value: String(content.count))
        headers.add(name: "Upload-Metadata", value: "filename " + Data("../../铭牌.png".utf8).base64EncodedString())
        let created = try await app.send(.POST, "/api/v1/uploads", headers: headers)
        let location = try #require(created.headers.first(name: .location))
        var patch = credentials
        patch.add(name: "Tus-Resumable", value: "1.0.0")
        patch.add(name: "Upload-Offset", value: "0")
        patch.add(name: "Content-Type", value: "application/offset+octet-stream")
        let sent = try await app.app.testing().sendRequest(.PATCH, location, headers: patch, body: ByteBuffer(bytes: content))
        #expect(sent.status == .noContent)
        return location
    }

    @Test("a photo under 5 megapixels is kept with the problem named; the wrong kind is refused; views and downloads are logged")
    func photo() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app)
            let content = Self.png(width: 2000, height: 1500)
            let location = try await Self.upload(content, as: officer, in: app)
            let node = "/api/v1/cases/\(number)/nodes/production-equipment/records"

            let wrong = try await app.send(.POST, node, headers: officer.bearer, json: #"{"upload":"\#(location)","kind":"video"}"#)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.problem?.detail.contains("image/png") == true)

            let textWithUpload = try await app.send(.POST, node, headers: officer.bearer, json: #"{"upload":"","text":"x"}"#)
            #expect(textWithUpload.status == .unprocessableEntity)
            #expect(textWithUpload.problem?.errors?.first?.field == "upload")

            let untagged = try await app.send(.POST, node, headers: officer.bearer, json: #"{"upload":"\#(location)","kind":"photo","subject":"device-nameplate"}"#)
            #expect(untagged.status == .unprocessableEntity)
            #expect(untagged.problem?.errors?.first?.field == "device")

            let created = try await app.send(.POST, node, headers: officer.bearer, json: #"{"upload":"\#(location)","kind":"photo","label":"设备铭牌","subject":"device-nameplate","device":"挤塑机"}"#)
            #expect(created.status == .created)
            let record = try created.content.decode(API.RecordDTO.self)
            #expect(record.mediaType == "image/png" && record.width == 2000 && record.height == 1500)
            #expect(record.problems == ["photo.below-5-megapixels"])
            #expect(record.fileName == "../../铭牌.png")
            #expect(record.size == content.count)
            #expect(record.subject == "device-nameplate" && record.device == "挤塑机")

            let shownCase = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer.bearer)
            let nodeDTO = try #require(try shownCase.content.decode(API.CaseDTO.self).nodes.first { $0.id == "production-equipment" })
            #expect(nodeDTO.evidenceProblems.map(\.code) == ["photo.below-5-megapixels"])
            let page = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie)
            #expect(page.body.string.contains("低于规定的 500 万像素"))
            #expect(page.body.string.contains("/records/\(record.id)/content"))
            let fromPage = try await app.send(.GET, "/records/\(record.id)/content", headers: officer.cookie)
            #expect(Data(fromPage.body.readableBytesView) == content)

            let shown = try await app.send(.GET, "/api/v1/records/\(record.id)", headers: officer.bearer)
            #expect(try shown.content.decode(API.RecordDTO.self).sha256 == record.sha256)
            let download = try await app.send(.GET, "/api/v1/records/\(record.id)/content", headers: officer.bearer)
            #expect(download.status == .ok)
            #expect(Data(download.body.readableBytesView) == content)
            #expect(download.headers.first(name: .contentDisposition) == "attachment; filename=\"\(number)-production-equipment-1.png\"")
            #expect(download.headers.contentType == HTTPMediaType(type: "image", subType: "png"))

            // The enterprise follows its case but does not see its originals;
            // another district does not see the case at all.
            #expect(try await app.send(.GET, "/api/v1/records/\(record.id)", headers: app.account("demo.enterprise").bearer).status != .ok)
            #expect(try await app.send(.GET, "/api/v1/records/\(record.id)/content", headers: app.account("xuhui.officer").bearer).status == .notFound)

            let kinds = try await app.store.events.all().map(\.event.kind)
            #expect(kinds.filter { $0 == .recordViewed }.count == 1)
            #expect(kinds.filter { $0 == .recordDownloaded }.count == 2)
        }
    }

    @Test("the review agency approves or returns a photo with the reason; others cannot; the case shows the standing review")
    func review() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer"), reviewer = app.account("review.agency")
            let number = try await CasesAPITests.open("license-onsite-review", in: app, team: ["review.agency"])
            let location = try await Self.upload(Self.png(width: 3000, height: 2000), as: officer, in: app)
            let created = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/factory-entry/records", headers: officer.bearer,
                json: #"{"upload":"\#(location)","kind":"photo","subject":"factory-gate"}"#
            )
            let photo = try created.content.decode(API.RecordDTO.self)
            let text = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/factory-entry/records", headers: officer.bearer, json: #"{"text":"进厂"}"#)
            let textID = try text.content.decode(API.RecordDTO.self).id

            #expect(try await app.send(.POST, "/api/v1/records/\(photo.id)/review", headers: officer.bearer, json: #"{"decision":"approved"}"#).status == .forbidden)
            let outsider = app.account("xuhui.officer")
            #expect(try await app.send(.POST, "/api/v1/records/\(photo.id)/review", headers: outsider.bearer, json: "{}").status == .notFound)
            let outsiderPage = try await app.send(
                .POST, "/cases/\(number)/records/\(photo.id)/review", headers: outsider.cookie, form: ["csrf": outsider.csrf]
            )
            #expect(outsiderPage.status == .notFound)
            let noReason = try await app.send(.POST, "/api/v1/records/\(photo.id)/review", headers: reviewer.bearer, json: #"{"decision":"returned"}"#)
            #expect(noReason.status == .unprocessableEntity)
            #expect(try await app.send(.POST, "/api/v1/records/\(textID)/review", headers: reviewer.bearer, json: #"{"decision":"approved"}"#).status == .conflict)
            let returned = try await app.send(
                .POST, "/api/v1/records/\(photo.id)/review", headers: reviewer.bearer, json: #"{"decision":"returned","reason":"门牌号不清晰"}"#
            )
            #expect(returned.status == .created)

            let shown = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer.bearer)
            let node = try #require(try shown.content.decode(API.CaseDTO.self).nodes.first { $0.id == "factory-entry" })
            #expect(node.records.first { $0.id == photo.id }?.review?.reason == "门牌号不清晰")
            let page = try await app.send(.GET, "/cases/\(number)", headers: reviewer.cookie)
            #expect(page.body.string.contains("审查机构退回：门牌号不清晰"))
            #expect(page.body.string.contains("/cases/\(number)/records/\(photo.id)/review"))
            let approved = try await app.send(
                .POST, "/cases/\(number)/records/\(photo.id)/review", headers: reviewer.cookie,
                form: ["csrf": reviewer.csrf, "decision": "approved", "node": "factory-entry"]
            )
            #expect(approved.status == .seeOther)
            #expect(try await app.send(.GET, "/cases/\(number)", headers: reviewer.cookie).body.string.contains("审查机构已认可"))
            #expect(try await app.store.events.all().filter { $0.event.kind == .recordReviewed }.count == 2)

            // A reviewer does not review a photo of their own.
            let own = try await Self.upload(Self.png(width: 3000, height: 2000), as: reviewer, in: app)
            let mine = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/factory-entry/records", headers: reviewer.bearer,
                json: #"{"upload":"\#(own)","kind":"photo","subject":"landmark"}"#
            )
            let mineID = try mine.content.decode(API.RecordDTO.self).id
            let selfReview = try await app.send(.POST, "/api/v1/records/\(mineID)/review", headers: reviewer.bearer, json: #"{"decision":"approved"}"#)
            #expect(selfReview.status == .conflict)
            #expect(selfReview.problem?.detail.contains("不能审核自己上传的记录") == true)
        }
    }

    @Test("meeting minutes on their form: every field required, printable as an A4 page with the digest the ledger holds; the page form fills them in")
    func minutes() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app)
            let node = "/api/v1/cases/\(number)/nodes/first-meeting/records"
            let incomplete = try await app.send(.POST, node, headers: officer.bearer, json: #"{"form":"meeting-minutes","fields":{"time":"9:00"}}"#)
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.problem?.errors?.map(\.field) == ["fields.place", "fields.people", "fields.content"])
            let created = try await app.send(.POST, node, headers: officer.bearer, json: #"""
                {"form":"meeting-minutes","fields":{"time":"2026-12-03 09:00","place":"二楼会议室","people":"审查组全体、企业负责人","content":"介绍核查依据"}}
                """#)
            #expect(created.status == .created)
            let record = try created.content.decode(API.RecordDTO.self)
            #expect(record.form == "meeting-minutes" && record.label == "会议记录")
            let print = try await app.send(.GET, "/records/\(record.id)/print", headers: officer.cookie)
            #expect(print.status == .ok)
            #expect(print.body.string.contains("@page{size:A4"))
            #expect(print.body.string.contains("<th>地点</th><td>二楼会议室</td>"))
            #expect(print.body.string.contains(Data((record.text ?? "").utf8).sha256Hex))

            let page = try await app.send(
                .POST, "/cases/\(number)/nodes/final-meeting/records", headers: officer.cookie,
                form: ["csrf": officer.csrf, "form": "meeting-minutes", "field-time": "16:00", "field-place": "会议室", "field-people": "审查组",
                       "field-content": "宣布核查结论"]
            )
            #expect(page.status == .seeOther)
            let shown = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer.bearer)
            let final = try #require(try shown.content.decode(API.CaseDTO.self).nodes.first { $0.id == "final-meeting" })
            #expect(final.records.first?.text?.contains("会议内容：宣布核查结论") == true)
        }
    }

    @Test("the factory entry cannot be completed until its photos show the gate and the surroundings (REC-4)")
    func photosRequired() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app)
            for earlier in ["onsite-plan", "onsite-notice"] {
                _ = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(earlier)/records", headers: officer.bearer, json: #"{"text":"已完成"}"#)
                #expect(try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(earlier)/complete", headers: officer.bearer).status == .ok)
            }
            let node = "/api/v1/cases/\(number)/nodes/factory-entry"
            func record(_ content: Data, _ kind: String, _ subject: String? = nil) async throws {
                let location = try await Self.upload(content, as: officer, in: app)
                let tag = subject.map { #","subject":"\#($0)""# } ?? ""
                let res = try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"upload":"\#(location)","kind":"\#(kind)"\#(tag)}"#)
                #expect(res.status == .created, "\(kind) \(subject ?? ""): \(res.status)")
            }
            // The head of an MP4: enough for its type; its length is then unknown.
            let video = Data([0, 0, 0, 24] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2".utf8) + Array(repeating: 0, count: 64))
            try await record(video, "video")
            try await record(Self.png(width: 3000, height: 2000), "photo", "factory-gate")
            let refused = try await app.send(.POST, "\(node)/complete", headers: officer.bearer)
            #expect(refused.status == .conflict)
            #expect(refused.problem?.detail.contains("周边标志性建筑") == true, "\(refused.body.string)")
            let missing = try JSONDecoder().decode(ProblemDocument.self, from: Data(refused.body.string.utf8)).missing
            #expect(missing == ["photo:surroundings"])
            try await record(Self.png(width: 3000, height: 2001), "photo", "staff-pointing")
            #expect(try await app.send(.POST, "\(node)/complete", headers: officer.bearer).status == .ok)
        }
    }

    @Test("an unfinished upload, or someone else's, cannot be recorded")
    func unfinished() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-onsite-review", in: app, team: ["pudong.inspector"])
            var headers = officer.bearer
            headers.add(name: "Tus-Resumable", value: "1.0.0")
            headers.add(name: "Upload-Length", value: "100")
            let location = try #require(try await app.send(.POST, "/api/v1/uploads", headers: headers).headers.first(name: .location))
            let node = "/api/v1/cases/\(number)/nodes/production-equipment/records"
            let early = try await app.send(.POST, node, headers: officer.bearer, json: #"{"upload":"\#(location)","kind":"photo"}"#)
            #expect(early.status == .conflict)
            let theirs = try await app.send(.POST, node, headers: app.account("pudong.inspector").bearer, json: #"{"upload":"\#(location)","kind":"photo"}"#)
            #expect(theirs.status == .unprocessableEntity)
        }
    }
}

private extension Data {
    var sha256Hex: String { SHA256.hash(data: self).map { String(format: "%02x", $0) }.joined() }
}
