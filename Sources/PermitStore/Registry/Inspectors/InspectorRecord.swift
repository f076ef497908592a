import Fluent
import Foundation
import PermitCore

final class InspectorRecord: Model, @unchecked Sendable {
    static let schema = "inspectors"

    // managed fields
    @ID(key: .id) var id: UUID?

    // reference fields
    @Field(key: "district_code") var districtCode: String

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @Field(key: "position") var position: String
    @Field(key: "phone") var phone: String
    @Field(key: "certificate_number") var certificateNumber: String
    @Field(key: "is_active") var isActive: Bool
    /// Comma-separated unified social credit codes: a short list read and
    /// written whole, never queried by element.
    @Field(key: "conflicts") var conflicts: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(_ inspector: Inspector, at now: Date) {
        id = inspector.id.rawValue
        update(from: inspector, at: now)
    }

    func update(from inspector: Inspector, at now: Date) {
        districtCode = inspector.district.rawValue
        name = inspector.name
        unit = inspector.unit
        position = inspector.position
        phone = inspector.phone
        certificateNumber = inspector.certificateNumber.rawValue
        isActive = inspector.isActive
        conflicts = inspector.conflicts.map(\.rawValue).joined(separator: ",")
        updatedAt = now
    }

    func domain() throws -> Inspector {
        let corrupt = StoreError.corruptRow(table: Self.schema, id: subjectID)
        guard let id, let district = DistrictCode(rawValue: districtCode),
              let certificate = EnforcementCertificateNumber(rawValue: certificateNumber)
        else { throw corrupt }
        let codes = try conflicts.split(separator: ",").map { text in
            do { return try UnifiedSocialCreditCode(validating: String(text)) } catch { throw corrupt }
        }
        return Inspector(
            id: InspectorID(rawValue: id), district: district, name: name, unit: unit, position: position, phone: phone,
            certificateNumber: certificate, isActive: isActive, conflicts: codes
        )
    }
}

extension InspectorRecord: LedgerCovered {
    static let subjectKind = InspectorRules.subjectKind
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        InspectorRules.ledgerFields(of: try domain())
    }
}
