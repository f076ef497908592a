import Foundation
import PermitCore
import Vapor

extension API {
    struct KeyDeviceDTO: Content {
        let name: String
        /// `production` or `inspection`.
        let area: String
        let hasMetrologyLabel: Bool
    }

    struct OnSiteCheckDTO: Content {
        let startedAt: Date
        let endedAt: Date?
        let devices: [KeyDeviceDTO]
        /// 24 hours after the end (REC-7), once the check has ended.
        let recordingsDue: Date?

        init(_ check: OnSiteCheck) {
            startedAt = check.startedAt
            endedAt = check.endedAt
            devices = check.devices.map { KeyDeviceDTO(name: $0.name, area: $0.area.rawValue, hasMetrologyLabel: $0.hasMetrologyLabel) }
            recordingsDue = check.recordingsDue
        }
    }

    /// What the team sends: times in ISO 8601 with their offset.
    struct OnSiteCheckInputDTO: Content {
        let startedAt: String?
        let endedAt: String?
        let devices: [DeviceInput]?

        struct DeviceInput: Content {
            let name: String?
            let area: String?
            let hasMetrologyLabel: Bool?
        }
    }

    struct StatementDTO: Content {
        let item: String
        let name: String
        /// Seconds into the video where it is said; nil until ticked.
        let offset: Int?

        /// Every statement the video's step asks for, ticked or not; nil
        /// for a record that is not such a video.
        static func all(of record: CaseRecord, evidence: CaseEvidence, language: Language) -> [StatementDTO]? {
            guard record.form == .video, let checklist = StatementChecklist.licenseOnSiteReview(record.node) else { return nil }
            let ticks = evidence.ticks.filter { $0.video == record.id }
            return checklist.items.map { item in
                StatementDTO(item: item.id, name: item.name.text(language), offset: ticks.first { $0.item == item.id }?.offset)
            }
        }
    }

    struct StatementTickInputDTO: Content {
        let item: String?
        let offset: Int?
    }

    struct StatementTickDTO: Content {
        let record: String
        let item: String
        let offset: Int
    }
}
