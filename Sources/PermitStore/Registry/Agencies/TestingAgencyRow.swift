import Fluent
import Foundation
import PermitCore

final class TestingAgencyRow: Model, @unchecked Sendable {
    static let schema = "testing_agencies"

    @ID(key: .id) var id: UUID?
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "name") var name: String
    @OptionalField(key: "district_code") var districtCode: String?

    init() {}

    init(_ agency: TestingAgency) {
        id = agency.id.rawValue
        creditCode = agency.creditCode.rawValue
        name = agency.name
        districtCode = agency.district?.rawValue
    }

    func domain() throws -> TestingAgency {
        guard let id, let code = try? UnifiedSocialCreditCode(validating: creditCode) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
        let district = try districtCode.map { text in
            guard let code = DistrictCode(rawValue: text) else { throw StoreError.corruptRow(table: Self.schema, id: creditCode) }
            return code
        }
        return TestingAgency(id: TestingAgencyID(rawValue: id), creditCode: code, name: name, district: district)
    }
}

extension TestingAgencyRow: LedgerCovered {
    static let subjectKind = TestingAgencyRules.subjectKind
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = ["creditCode": creditCode, "name": name]
        fields["district"] = districtCode
        return fields
    }
}

struct CreateTestingAgencies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TestingAgencyRow.schema)
            .id()
            .field("credit_code", .string, .required)
            .field("name", .string, .required)
            .field("district_code", .string)
            .unique(on: "credit_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TestingAgencyRow.schema).delete()
    }
}
