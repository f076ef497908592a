import Foundation
import PermitCore
import Synchronization

/// Where a write's enterprises come from, a part at a time. Asked by one
/// task at a time, in order, while the part before is written.
protocol EnterpriseParts: Sendable {
    /// The next part; nil after the last.
    func next() throws -> [Enterprise]?
    /// Whether the write is large enough for the database's bulk settings.
    var isBulk: Bool { get }
}

/// One enterprise registered or changed.
final class OneChange: EnterpriseParts {
    let enterprise: Enterprise
    private let isTaken = Mutex(false)

    init(_ enterprise: Enterprise) {
        self.enterprise = enterprise
    }

    var isBulk: Bool { false }

    func next() throws -> [Enterprise]? {
        isTaken.withLock { taken in
            defer { taken = true }
            return taken ? nil : [enterprise]
        }
    }
}

/// An import's enterprises as its plan makes them final, a part of the file
/// at a time (`EnterpriseImportPlanner`).
public final class ImportParts: EnterpriseParts {
    /// A bad row, in an import that writes all rows or none.
    public struct BadRow: Error {}

    private let planner: Mutex<EnterpriseImportPlanner>
    private let partSize: Int
    private let refusing: Bool
    let isBulk: Bool

    init(_ planner: EnterpriseImportPlanner, partSize: Int, refusing: Bool) {
        isBulk = planner.rowCount >= EnterpriseRepository.bulkWriteSize
        self.planner = Mutex(planner)
        self.partSize = partSize
        self.refusing = refusing
    }

    func next() throws -> [Enterprise]? {
        try planner.withLock { planner in
            guard planner.plannedRows < planner.rowCount else { return nil }
            let part = planner.plan(rows: partSize, makeID: EnterpriseRepository.newID)
            if refusing, !planner.plan.problems.isEmpty { throw BadRow() }
            return part
        }
    }

    public func problems() -> [ImportRowProblem] {
        planner.withLock { $0.plan.problems }
    }

    /// The whole file's plan, planning the rows not planned yet.
    public func planRest() -> EnterpriseImportPlan {
        planner.withLock { planner in
            _ = planner.plan(rows: planner.rowCount, makeID: EnterpriseRepository.newID)
            return planner.plan
        }
    }
}
