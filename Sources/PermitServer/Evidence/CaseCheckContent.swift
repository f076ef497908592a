import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The case page's part for an on-site check: what the team stated, what
/// the videos leave uncovered, when the recordings are due, the form to
/// state it, and the statements ticked in each video.
extension CasePages {
    struct CheckContent: Encodable, Sendable {
        let stated: Bool
        let period: String?
        let devices: [String]
        let due: String?
        let problems: [String]
        /// The form, for those acting on the case, filled with what stands.
        let action: String?
        let startedAt: String
        let endedAt: String
        let productionDevices: String
        let inspectionDevices: String
        let labelledDevices: String
    }

    struct StatementContent: Encodable, Sendable {
        let name: String
        let at: String?
    }

    static func checkContent(of view: CaseView, acting: Bool, now: Date, _ language: Language) -> CheckContent? {
        let subject = view.case
        guard subject.process == ProcessDefinition.licenseOnSiteReview.id, view.access >= .read else { return nil }
        let check = view.evidence.check
        let names = { (area: KeyDevice.Area) in
            (check?.devices ?? []).filter { $0.area == area }.map(\.name).joined(separator: "\n")
        }
        return CheckContent(
            stated: check != nil,
            period: check.map { check in
                EvidenceText.time(check.startedAt) + " — " + (check.endedAt.map(EvidenceText.time) ?? EvidencePhrases.checkUnderWay.text(language))
            },
            devices: (check?.devices ?? []).map { device in
                "\(device.area == .production ? EvidencePhrases.production.text(language) : EvidencePhrases.inspection.text(language))："
                    + device.name + (device.hasMetrologyLabel ? EvidencePhrases.labelled.text(language) : "")
            },
            due: check?.recordingsDue.map { CasePhrases.recordingsDue($0, now: now).text(language) },
            problems: EvidenceReview.continuity(in: subject, evidence: view.evidence).map { $0.message.text(language) },
            action: acting ? EvidenceURL.pageOnSiteCheck(.value(subject.number.description)).path : nil,
            startedAt: check.map { localField($0.startedAt) } ?? "",
            endedAt: check?.endedAt.map(localField) ?? "",
            productionDevices: names(.production), inspectionDevices: names(.inspection),
            labelledDevices: (check?.devices ?? []).filter(\.hasMetrologyLabel).map(\.name).joined(separator: "\n")
        )
    }

    /// Each statement the video's step asks for, with where it is said.
    static func statements(of record: CaseRecord, in view: CaseView, _ language: Language) -> [StatementContent]? {
        guard record.form == .video, let checklist = StatementChecklist.licenseOnSiteReview(record.node) else { return nil }
        let ticks = view.evidence.ticks.filter { $0.video == record.id }
        return checklist.items.map { item in
            StatementContent(name: item.name.text(language), at: ticks.first { $0.item == item.id }.map { VideoOffset.text($0.offset) })
        }
    }

    static func statementItems(of record: CaseRecord, _ language: Language) -> [Option] {
        guard record.form == .video else { return [] }
        return StatementChecklist.licenseOnSiteReview(record.node)?.items.map { Option(value: $0.id, label: $0.name.text(language)) } ?? []
    }

    /// A date-time field's value, `2026-12-02T09:30`, in China time.
    private static func localField(_ instant: Date) -> String {
        String(EvidenceText.time(instant).prefix(16)).replacingOccurrences(of: " ", with: "T")
    }
}
