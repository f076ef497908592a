import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// Supervision inspections and sampling after licensing (SUP-8 … SUP-10).
    static let oversight = StoreSchema(migrations: [CreateOversight()], covered: [RectificationOrderRow.self, SamplingRow.self])
}

extension DomainEvent.Kind {
    public static let rectificationOrdered = Self(rawValue: "oversight.rectification_ordered")
    public static let rectificationRecheckOpened = Self(rawValue: "oversight.recheck_opened")
    public static let rectificationChecked = Self(rawValue: "oversight.rectification_checked")
    public static let samplingRecorded = Self(rawValue: "oversight.sampling_recorded")
    public static let samplesDispatched = Self(rawValue: "oversight.samples_dispatched")
    public static let samplingReported = Self(rawValue: "oversight.sampling_reported")
}

extension WriteTransaction {
    public func order(_ id: RectificationOrderID) async throws -> RectificationOrder? {
        try await RectificationOrderRow.find(id.rawValue, on: db)?.domain()
    }

    /// The order a return visit re-checks.
    public func order(recheckedBy number: CaseNumber) async throws -> RectificationOrder? {
        try await RectificationOrderRow.query(on: db).filter(\.$recheckCase == number.description).first()?.domain()
    }

    /// Orders whose deadline passed before `today` with no return visit yet,
    /// earliest deadline first. Dates are ISO text, so they compare as text.
    public func ordersAwaitingRecheck(on today: CivilDate) async throws -> [RectificationOrder] {
        try await RectificationOrderRow.query(on: db).filter(\.$recheckCase == nil).filter(\.$deadline < today.description)
            .sort(\.$deadline).all().map { try $0.domain() }
    }

    public func insert(_ order: RectificationOrder, by actor: ActorReference, at now: Date) async throws {
        let row = RectificationOrderRow(order)
        try await insert(row, event(.rectificationOrdered, row, actor, now))
    }

    /// Saves a re-check opened (`.rectificationRecheckOpened`) or its outcome.
    public func update(_ order: RectificationOrder, _ kind: DomainEvent.Kind, by actor: ActorReference, at now: Date) async throws {
        guard let row = try await RectificationOrderRow.find(order.id.rawValue, on: db) else {
            throw StoreError.corruptRow(table: RectificationOrderRow.schema, id: order.id.description)
        }
        row.update(from: order)
        try await update(row, event(kind, row, actor, now))
    }

    public func sampling(_ number: CaseNumber) async throws -> Sampling? {
        try await SamplingRow.query(on: db).filter(\.$caseNumber == number.description).first()?.domain()
    }

    public func insert(_ sampling: Sampling, of caseID: CaseID, by actor: ActorReference, at now: Date) async throws {
        let row = SamplingRow(sampling, caseID: caseID)
        try await insert(row, event(.samplingRecorded, row, actor, now))
    }

    /// Saves the dispatch (`.samplesDispatched`) or the report (`.samplingReported`).
    public func update(_ sampling: Sampling, _ kind: DomainEvent.Kind, by actor: ActorReference, at now: Date) async throws {
        guard let row = try await SamplingRow.query(on: db).filter(\.$caseNumber == sampling.caseNumber.description).first() else {
            throw StoreError.corruptRow(table: SamplingRow.schema, id: sampling.caseNumber.description)
        }
        row.update(from: sampling)
        try await update(row, event(kind, row, actor, now))
    }

    private func event<R: LedgerCovered>(_ kind: DomainEvent.Kind, _ row: R, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: kind, actor: actor, subject: .init(kind: R.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }
}

/// Orders, samplings and the supervision cases of an enterprise, read-only.
public struct OversightRepository: Sendable {
    let store: Store

    public func orders(of code: UnifiedSocialCreditCode) async throws -> [RectificationOrder] {
        try await RectificationOrderRow.query(on: try store.database()).filter(\.$creditCode == code.rawValue).sort(\.$orderedOn).all()
            .map { try $0.domain() }
    }

    public func samplings(of code: UnifiedSocialCreditCode) async throws -> [Sampling] {
        try await SamplingRow.query(on: try store.database()).filter(\.$creditCode == code.rawValue).sort(\.$sampledOn).all().map { try $0.domain() }
    }

    /// The samplings whose samples were taken in `year`, of one district or
    /// all, by date: the yearly list reported to the city bureau (第四十五条).
    public func samplings(in year: Int, district: DistrictCode?) async throws -> [Sampling] {
        var query = SamplingRow.query(on: try store.database())
            .filter(\.$sampledOn >= String(format: "%04d-01-01", year)).filter(\.$sampledOn <= String(format: "%04d-12-31", year))
        if let district { query = query.filter(\.$district == district.rawValue) }
        return try await query.sort(\.$sampledOn).sort(\.$caseNumber).all().map { try $0.domain() }
    }

    /// The district's rectification orders whose deadline passed before
    /// `today` without a return visit finding them done (第二十七条).
    public func overdueOrders(in district: DistrictCode, on today: CivilDate) async throws -> [RectificationOrder] {
        try await RectificationOrderRow.query(on: try store.database()).filter(\.$district == district.rawValue)
            .filter(\.$deadline < today.description).all().map { try $0.domain() }.filter { $0.outcome != .rectified }
    }

    /// How many cases of `process` the district opened in `year` (Shanghai
    /// time): the plan's periodic inspections under way or done.
    public func casesOpened(_ process: ProcessID, in district: DistrictCode, year: Int) async throws -> Int {
        let (start, end) = (try CivilDate(year: year, month: 1, day: 1).startOfDay(), try CivilDate(year: year + 1, month: 1, day: 1).startOfDay())
        return try await CaseRow.query(on: try store.database()).filter(\.$processID == process.rawValue)
            .filter(\.$districtCode == district.rawValue).filter(\.$openedAt >= start).filter(\.$openedAt < end).count()
    }

    /// Every case of `processes` about the enterprise, oldest first, open or
    /// closed: its archive (一企一档).
    public func cases(of code: UnifiedSocialCreditCode, processes: [ProcessID]) async throws -> [Case] {
        let db = try store.database()
        let rows = try await CaseRow.query(on: db).filter(\.$subjectCreditCode == code.rawValue).filter(\.$processID ~~ processes.map(\.rawValue))
            .sort(\.$openedAt).all()
        return try await CaseReads.assemble(rows, on: db)
    }
}

extension Store {
    public var oversight: OversightRepository { OversightRepository(store: self) }
}
