import Foundation
import PermitCore
import Vapor

/// A sign-in delay as the administrator names it: an account or an address.
struct LoginLock: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        case account
        case address
    }

    let kind: Kind
    let value: String

    init?(kind: String, value: String) {
        guard let kind = Kind(rawValue: kind), !value.isEmpty else { return nil }
        if kind == .account, Username(rawValue: value) == nil { return nil }
        self.kind = kind
        self.value = kind == .account ? value.lowercased() : value
    }

    init?(_ key: LoginThrottle.Key) {
        switch key {
        case .account(let name): (kind, value) = (.account, name.rawValue)
        case .client(let address): (kind, value) = (.address, address)
        case .device: return nil
        }
    }

    /// From the route's `:kind` and `:value`; anything else is not found.
    init(parametersOf req: Request) throws {
        guard let lock = LoginLock(kind: req.parameters.get("kind") ?? "", value: req.parameters.get("value") ?? "") else {
            throw Abort(.notFound)
        }
        self = lock
    }

    var key: LoginThrottle.Key {
        switch kind {
        case .account: .account(Username(rawValue: value)!)
        case .address: .client(value)
        }
    }

    var phrase: Phrase {
        switch kind {
        case .account: .usersLockKindAccount
        case .address: .usersLockKindAddress
        }
    }
}

extension API {
    struct LoginLockDTO: Content, Equatable {
        let kind: String
        let value: String
        let failures: Int
        let lastFailure: Date
        /// 0 when the next attempt is already allowed.
        let retryAfterSeconds: Int
    }
}

/// Who is held up at sign-in, for the city administrator (API and page).
enum LoginLocksController {
    @Sendable static func list(req: Request) async throws -> [API.LoginLockDTO] {
        await standings(req).map { lock, standing in
            API.LoginLockDTO(
                kind: lock.kind.rawValue, value: lock.value, failures: standing.failures, lastFailure: standing.lastFailure,
                retryAfterSeconds: standing.retryAfterSeconds
            )
        }
    }

    @Sendable static func lift(req: Request) async throws -> HTTPStatus {
        try await LoginLock(parametersOf: req).lift(on: req)
        return .noContent
    }

    static func standings(_ req: Request) async -> [(LoginLock, LoginThrottle.Standing)] {
        await req.appContext.loginGate.standings(now: req.now).compactMap { standing in
            LoginLock(standing.key).map { ($0, standing) }
        }
    }
}

extension LoginLock {
    /// The city administrator lifts a sign-in delay (`LoginThrottle`). It is
    /// no record of the bureau's, so it is logged rather than ledgered.
    func lift(on req: Request) async throws {
        guard await req.appContext.loginGate.lift(key) else {
            throw Problem(kind: .notFound, detail: .problemNotFoundDetail)
        }
        req.logger.notice("sign-in delay lifted", metadata: ["lock": "\(kind.rawValue):\(value)", "by": "\(req.actor.reference)"])
    }
}
