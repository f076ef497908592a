import Fluent
import Foundation
import PermitCore

/// The inspector database (RND-2), read-only: every change is a
/// `WriteTransaction` method (InspectorWrites.swift), written with its event.
public struct InspectorRepository: Sendable {
    let store: Store

    /// Every inspector, or one district's, by name.
    public func inspectors(in district: DistrictCode? = nil) async throws -> [Inspector] {
        var query = InspectorRecord.query(on: try store.database()).sort(\.$districtCode).sort(\.$name)
        if let district { query = query.filter(\.$districtCode == district.rawValue) }
        return try await query.all().map { try $0.domain() }
    }

    public func inspector(_ id: InspectorID) async throws -> Inspector? {
        try await InspectorRecord.find(id.rawValue, on: try store.database())?.domain()
    }
}

extension InspectorRepository {
    /// Checks a file's table against the database without writing anything.
    public func planImport(_ table: [[String]]) async throws -> InspectorImportPlan {
        let numbers = try await InspectorRecord.query(on: try store.database()).all().map(\.certificateNumber)
        return try InspectorImport.plan(
            table: table, districts: try await store.accounts.districts(), registeredCertificates: Set(numbers)
        )
    }
}
