import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The team's statement of its on-site check and the statements ticked in
/// its videos, through the API and the case page's forms.
enum OnSiteCheckController {
    @Sendable static func state(req: Request) async throws -> API.OnSiteCheckDTO {
        let body = try req.decodeJSON(API.OnSiteCheckInputDTO.self)
        let devices = (body.devices ?? []).map {
            EvidenceCommands.CheckInput.Device(name: $0.name ?? "", area: $0.area ?? "", hasMetrologyLabel: $0.hasMetrologyLabel ?? false)
        }
        let check = try await EvidenceCommands.stateCheck(
            .init(startedAt: body.startedAt, endedAt: body.endedAt, devices: devices), of: try CasesAPIController.number(req), in: req.commandContext
        )
        return API.OnSiteCheckDTO(check)
    }

    /// The case page's form: China times as a browser's date-time field
    /// sends them, and the devices one per line, by area.
    @Sendable static func stateFromPage(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let startedAt: String?
            let endedAt: String?
            let productionDevices: String?
            let inspectionDevices: String?
            let labelledDevices: String?
        }
        let form = try req.decodeForm(Form.self)
        let number = try CasesAPIController.number(req)
        let labelled = Set(lines(form.labelledDevices))
        let devices = [(KeyDevice.Area.production, form.productionDevices), (.inspection, form.inspectionDevices)].flatMap { area, text in
            lines(text).map { EvidenceCommands.CheckInput.Device(name: $0, area: area.rawValue, hasMetrologyLabel: labelled.contains($0)) }
        }
        return try await req.submit {
            _ = try await EvidenceCommands.stateCheck(
                .init(startedAt: form.startedAt.map(localTime), endedAt: form.endedAt.map(localTime), devices: devices), of: number,
                in: req.commandContext
            )
            return CaseURL.case(.value(number)).path([:], fragment: "onsite-check")
        } orShowAgain: { errors, status in
            try await CasePages.renderCase(on: req, errors: errors, status: status)
        }
    }

    @Sendable static func tick(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.StatementTickInputDTO.self)
        let tick = try await EvidenceCommands.tick(try recordID(req), item: body.item, offset: body.offset, in: req.commandContext)
        return try await API.StatementTickDTO(record: tick.video.description, item: tick.item, offset: tick.offset)
            .encodeResponse(status: .created, for: req)
    }

    /// The case page's tick: the moment as the video player shows it.
    @Sendable static func tickFromPage(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let item: String?
            let offset: String?
            let node: String?
        }
        let form = try req.decodeForm(Form.self)
        let number = try CasesAPIController.number(req)
        return try await req.submit {
            // An unreadable time is refused by the command as a missing one,
            // after it has checked who is asking.
            _ = try await EvidenceCommands.tick(
                try recordID(req), item: form.item, offset: VideoOffset.seconds(form.offset ?? ""), in: req.commandContext
            )
            return CaseURL.case(.value(number)).path([:], fragment: form.node.map { "node-\($0)" })
        } orShowAgain: { errors, status in
            try await CasePages.renderCase(on: req, errors: errors, status: status)
        }
    }

    private static func recordID(_ req: Request) throws -> String {
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        return id
    }

    /// Non-empty trimmed lines, each once.
    private static func lines(_ text: String?) -> [String] {
        var seen: Set<String> = []
        return (text ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `2026-12-02T09:30` from a date-time field, read as China time, to
    /// ISO 8601; anything else goes on unchanged for the command to refuse.
    static func localTime(_ text: String) -> String {
        let text = text.trimmingWhitespace()
        let pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/
        guard text.wholeMatch(of: pattern) != nil else { return text }
        return (text.count == 16 ? text + ":00" : text) + "+08:00"
    }
}

/// A moment in a video as people write it: `75`, `1:15` or `0:01:15`.
enum VideoOffset {
    static func seconds(_ text: String) -> Int? {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var total = 0
        for (index, part) in parts.enumerated() {
            guard let value = Int(part), value >= 0, index == 0 || value < 60 else { return nil }
            total = total * 60 + value
        }
        return total
    }

    /// `1:15` / `1:01:15`, as the tick is shown again.
    static func text(_ seconds: Int) -> String {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return h > 0 ? "\(h):\(m.zeroPadded(2)):\(s.zeroPadded(2))" : "\(m):\(s.zeroPadded(2))"
    }
}
