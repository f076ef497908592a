import Foundation

/// Where one licensed enterprise stands in supervision on a day: its class
/// per category and the lowest that supervises it (第三十一条), its mode,
/// its product risk, what the facts propose and whether its first
/// classification is overdue (第十条).
public struct SupervisionStanding: Hashable, Sendable {
    /// The decision in force per category (a nil category: the enterprise
    /// as a whole), by category code.
    public let categories: [ClassificationRecord]
    /// The lowest class in force; nil before the first classification.
    public let supervisionClass: SupervisionClass?
    /// The highest risk level of its licensed products; nil when unknown.
    public let productRisk: ProductRiskLevel?
    /// The mode it is supervised in; an unclassified enterprise is
    /// supervised as a new licensee is classified, B.
    public let mode: SupervisionMode
    public let history: [ClassificationRecord]
    public let facts: [QualityFact]
    public let proposals: [ClassificationProposal]
    /// The first day an AA commitment is accepted again, while a ban runs.
    public let commitmentBanUntil: CivilDate?
    /// The last day of the first classification while it is still to do.
    public let classificationDue: CivilDate?
    public let isOverdue: Bool

    public init(history: [ClassificationRecord], facts: [QualityFact], productRisk: ProductRiskLevel?, licensedOn: CivilDate?, today: CivilDate) {
        let current = Classification.current(history)
        categories = current.values.sorted { ($0.category?.rawValue ?? "") < ($1.category?.rawValue ?? "") }
        supervisionClass = Classification.supervisingClass(history)
        self.productRisk = productRisk
        mode = SupervisionMode.mode(for: supervisionClass ?? Classification.newLicenseeClass, productRisk: productRisk)
        self.history = history
        self.facts = facts
        proposals = Classification.proposals(history: history, facts: facts, licensedOn: licensedOn, today: today)
        commitmentBanUntil = Classification.commitmentBan(facts, on: today)
        classificationDue = history.isEmpty ? licensedOn.map { Classification.deadline(licensedOn: $0) } : nil
        isOverdue = classificationDue.map { $0 < today } ?? false
    }
}

/// One district's supervision in figures, for the city bureau (SUP-12).
public struct DistrictSupervisionFigures: Hashable, Sendable {
    public var district: DistrictCode
    public var licensed = 0
    /// Enterprises by the class that supervises them.
    public var byClass: [SupervisionClass: Int] = [:]
    public var unclassified = 0
    /// First classifications past their two months (第十条).
    public var overdue = 0
    /// Enterprises with at least one proposal waiting.
    public var proposals = 0
    /// Periodic inspections of the year's plan (第二十三条).
    public var plannedInspections = 0
    /// Periodic inspections the district opened this year: the plan's progress.
    public var inspectionsOpened = 0
    /// Rectifications past their deadline and not found done (第二十七条).
    public var overdueRectifications = 0

    public init(district: DistrictCode) {
        self.district = district
    }

    /// Adds one enterprise's standing and its planned inspections.
    public mutating func add(_ standing: SupervisionStanding, planned: Int) {
        licensed += 1
        if let level = standing.supervisionClass { byClass[level, default: 0] += 1 } else { unclassified += 1 }
        if standing.isOverdue { overdue += 1 }
        if !standing.proposals.isEmpty { proposals += 1 }
        plannedInspections += planned
    }

    /// Adds another district's figures, for the city's total.
    public mutating func add(_ other: DistrictSupervisionFigures) {
        licensed += other.licensed
        unclassified += other.unclassified
        overdue += other.overdue
        proposals += other.proposals
        plannedInspections += other.plannedInspections
        inspectionsOpened += other.inspectionsOpened
        overdueRectifications += other.overdueRectifications
        for (level, count) in other.byClass { byClass[level, default: 0] += count }
    }
}
