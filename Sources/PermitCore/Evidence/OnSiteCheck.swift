import Foundation

/// 现场核查 — what the review team states about its on-site check: when
/// the check began and ended, and which mandatory key devices (必备关键设备,
/// from the product's implementation rules, 实施细则) it had to see. The
/// recordings are held against these: one continuous video from start to
/// end (REC-5), saved within 24 hours of the end (REC-7), a nameplate photo
/// of every device (REC-4). A later statement replaces an earlier one; both
/// stay in the ledger.
public struct OnSiteCheck: Hashable, Sendable, Codable {
    public static let maximumDevices = 200
    public static let maximumDeviceName = 100

    public var startedAt: Date
    /// Nil while the check is under way.
    public var endedAt: Date?
    public var devices: [KeyDevice]

    public init(startedAt: Date, endedAt: Date?, devices: [KeyDevice]) {
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.devices = devices
    }

    /// A statement as sent, checked: an end after the start and not in the
    /// future, named devices, no more than a site could have.
    public static func validated(startedAt: Date, endedAt: Date?, devices: [KeyDevice], now: Date) throws(InvalidInput) -> OnSiteCheck {
        var issues: [FieldIssue] = []
        if startedAt > now { issues.append(FieldIssue(field: "startedAt", problem: .notAllowed)) }
        if let endedAt, endedAt <= startedAt || endedAt > now { issues.append(FieldIssue(field: "endedAt", problem: .notAllowed)) }
        if devices.count > maximumDevices { issues.append(FieldIssue(field: "devices", problem: .tooLong(maximum: maximumDevices))) }
        var cleaned: [KeyDevice] = []
        for (index, device) in devices.enumerated() {
            let name = device.name.trimmingWhitespace()
            if name.isEmpty { issues.append(FieldIssue(field: "devices[\(index)].name", problem: .missing)) }
            if name.textLength > maximumDeviceName {
                issues.append(FieldIssue(field: "devices[\(index)].name", problem: .tooLong(maximum: maximumDeviceName)))
            }
            cleaned.append(KeyDevice(name: name, area: device.area, hasMetrologyLabel: device.hasMetrologyLabel))
        }
        try InvalidInput.check(issues)
        return OnSiteCheck(startedAt: startedAt, endedAt: endedAt, devices: cleaned)
    }

    /// The check's span, once it has ended.
    public var interval: DateInterval? {
        endedAt.map { DateInterval(start: startedAt, end: $0) }
    }

    /// When the check's recordings are due in the system (REC-7): the
    /// recording runs to the end of the check, so 24 hours after it.
    public var recordingsDue: Date? {
        endedAt.map { UploadDeadline.due(recordingEnded: $0) }
    }

    /// The devices a node of the on-site review photographs: the production
    /// area's at the production check, the inspection area's at the other.
    public func devices(at node: NodeKey) -> [KeyDevice] {
        guard let area = Self.area(of: node) else { return [] }
        return devices.filter { $0.area == area }
    }

    static func area(of node: NodeKey) -> KeyDevice.Area? {
        switch node.rawValue {
        case "production-equipment": .production
        case "inspection-equipment": .inspection
        default: nil
        }
    }
}

/// What the evidence capability knows of a case beside its records: the
/// team's statement of the check, the review agency's standing review of
/// each reviewed record, and the statements ticked in its videos.
public struct CaseEvidence: Hashable, Sendable {
    public var check: OnSiteCheck?
    public var reviews: [CaseRecordID: RecordReview]
    public var ticks: [StatementTick]

    public init(check: OnSiteCheck? = nil, reviews: [CaseRecordID: RecordReview] = [:], ticks: [StatementTick] = []) {
        self.check = check
        self.reviews = reviews
        self.ticks = ticks
    }
}
