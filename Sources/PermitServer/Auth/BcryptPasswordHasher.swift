import PermitCore
import Vapor

/// bcrypt with a configurable cost (12 in production, so one guess costs a
/// quarter of a second on these machines).
public struct BcryptPasswordHasher: PasswordHashing {
    public let cost: Int

    public init(cost: Int) {
        self.cost = cost
    }

    public func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, against hash: String) throws -> Bool {
        try Bcrypt.verify(password, created: hash)
    }
}
