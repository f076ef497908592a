import Fluent
import Foundation
import PermitCore

// Fluent models keep their columns in property wrappers that cannot be checked
// for Sendable; a record never leaves the store's own call, which is why the
// unchecked conformance is safe here.
final class DistrictRecord: Model, @unchecked Sendable {
    static let schema = "districts"

    // managed fields
    @ID(custom: "code", generatedBy: .user) var id: String?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "level") var level: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ district: District, createdAt: Date) {
        self.id = district.code.rawValue
        self.name = district.name
        self.level = district.level.rawValue
        self.createdAt = createdAt
    }
}
