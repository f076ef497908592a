import Foundation
import PermitCore
import PermitStore

extension EvidenceCommands {
    /// What the team sends to state its check: ISO 8601 times as text, so
    /// a wrong one is named by field like any other bad input.
    public struct CheckInput: Sendable {
        public var startedAt: String?
        public var endedAt: String?
        public var devices: [Device]

        public init(startedAt: String?, endedAt: String?, devices: [Device]) {
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.devices = devices
        }

        /// A device as sent: its area by name (`production`, `inspection`).
        public struct Device: Sendable {
            public var name: String
            public var area: String
            public var hasMetrologyLabel: Bool

            public init(name: String, area: String, hasMetrologyLabel: Bool) {
                self.name = name
                self.area = area
                self.hasMetrologyLabel = hasMetrologyLabel
            }
        }

        /// Read only once the caller is known to act on the case, so an
        /// outsider learns nothing from the answer.
        func check(now: Date) throws(InvalidInput) -> OnSiteCheck {
            guard let startedAt, !startedAt.isEmpty else { throw InvalidInput([FieldIssue(field: "startedAt", problem: .missing)]) }
            var devices: [KeyDevice] = []
            for (index, device) in self.devices.enumerated() {
                guard let area = KeyDevice.Area(rawValue: device.area) else {
                    throw InvalidInput([FieldIssue(field: "devices[\(index)].area", problem: .unknownValue(device.area))])
                }
                devices.append(KeyDevice(name: device.name, area: area, hasMetrologyLabel: device.hasMetrologyLabel))
            }
            return try OnSiteCheck.validated(
                startedAt: try instant(startedAt, field: "startedAt"),
                endedAt: try endedAt.flatMap { $0.isEmpty ? nil : $0 }.map { text throws(InvalidInput) in try instant(text, field: "endedAt") },
                devices: devices, now: now
            )
        }
    }

    /// The team states when its on-site check began and ended and which key
    /// devices it had to see; the recordings and photos are then held
    /// against it. Only those acting on an open on-site review may.
    public static func stateCheck(_ input: CheckInput, of number: String, in context: CommandContext) async throws -> OnSiteCheck {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number) else { throw CommandError.notFound }
        let (id, now, actor) = (context.ids.next(OnSiteCheckTag.ID.self).rawValue, context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let found = try await transaction.case(caseNumber) else { throw CommandError.notFound }
            let access = CaseAccess.of(user, on: found)
            guard access > .none else { throw CommandError.notFound }
            guard access == .act else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            guard !found.isClosed else { throw CaseRefusal.caseClosed }
            guard found.process == ProcessDefinition.licenseOnSiteReview.id else { throw EvidenceRefusal.noOnSiteCheck }
            let check = try input.check(now: now)
            try await transaction.state(check, id: id, of: caseNumber, by: actor, at: now)
            return check
        }
    }

    /// A reviewer marks where in a video a required statement is said
    /// (REC-5, REC-10). Ticking an item again moves the tick.
    public static func tick(_ id: String, item: String?, offset: Int?, in context: CommandContext) async throws -> StatementTick {
        let user = try context.requireUser()
        guard let recordID = CaseRecordID(id), let number = try await context.store.cases.caseNumber(ofRecord: recordID) else {
            throw CommandError.notFound
        }
        let (tickID, now, actor) = (context.ids.next(StatementTickTag.ID.self).rawValue, context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let found = try await transaction.case(number), let record = found.records.first(where: { $0.id == recordID }) else {
                throw CommandError.notFound
            }
            let access = CaseAccess.of(user, on: found)
            guard access > .none else { throw CommandError.notFound }
            guard access == .act else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            guard record.form == .video, let checklist = StatementChecklist.licenseOnSiteReview(record.node) else {
                throw EvidenceRefusal.noStatements
            }
            guard let item else { throw InvalidInput([FieldIssue(field: "item", problem: .missing)]) }
            guard checklist.items.contains(where: { $0.id == item }) else {
                throw InvalidInput([FieldIssue(field: "item", problem: .unknownValue(item))])
            }
            guard let offset else { throw InvalidInput([FieldIssue(field: "offset", problem: .missing)]) }
            let tick = StatementTick(item: item, video: recordID, offset: offset)
            guard tick.fits(EvidenceReview.recordedVideo(record)) else {
                let length = record.evidence?.durationSeconds.map { Int($0.rounded(.down)) } ?? Int.max
                throw InvalidInput([FieldIssue(field: "offset", problem: .outOfRange(minimum: 0, maximum: length))])
            }
            try await transaction.tick(tick, id: tickID, of: number, by: actor, at: now)
            return tick
        }
    }

    static func instant(_ text: String, field: String) throws(InvalidInput) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text.trimmingWhitespace()) else {
            throw InvalidInput([FieldIssue(field: field, problem: .invalidFormat)])
        }
        return date
    }
}

public enum OnSiteCheckTag {
    public typealias ID = Identifier<OnSiteCheckTag>
}

public enum StatementTickTag {
    public typealias ID = Identifier<StatementTickTag>
}
