import Foundation
import PermitCore
import PermitStore
import Vapor

/// Checks a username and password and opens a session. Pages and the API sign
/// in through this one function, so both get the same throttle and the same
/// answer for every kind of failure.
enum SignIn {
    struct Opened {
        let token: String
        let session: SignInSession
        /// A fresh recognition cookie for the browser (`DeviceRecognition`).
        let deviceCookie: String
    }

    /// A real bcrypt hash of a random string, verified when the account does
    /// not exist so that the reply takes as long as for a wrong password.
    private static let decoyHash = try! Bcrypt.hash("decoy-\(UUID().uuidString)", cost: 12)

    /// `device` is the browser's recognition cookie, if it sent one: a
    /// browser the account signed in from before is throttled by its own
    /// failures only, so nobody else's guessing locks the owner out.
    static func open(
        _ kind: SignInSession.Kind, username rawName: String, password: String, device: String? = nil, on req: Request
    ) async throws -> Opened {
        let context = req.appContext
        let client = req.remoteAddress?.ipAddress ?? "unknown"
        let name = Username(rawValue: rawName.trimmingCharacters(in: .whitespaces))
        let recognised = name.flatMap { context.devices.recognise(device, for: $0, now: req.now) }
        let keys: [LoginThrottle.Key] = recognised.map { [.device($0)] }
            ?? [.client(client)] + (name.map { [.account($0)] } ?? [])

        if let wait = await context.loginGate.retryAfter(keys, now: req.now) {
            throw AccountError.throttled(retryAfterSeconds: wait)
        }
        let credentials = try await name.asyncMap { try await req.store.accounts.credentials(for: $0) } ?? nil
        let hash = credentials?.passwordHash ?? decoyHash
        let matches = try await req.verifyPassword(password, against: hash)
        guard matches, let user = credentials?.user, user.isActive else {
            await context.loginGate.recordFailure(keys, now: req.now)
            req.logger.notice("sign-in refused", metadata: ["username": "\(name?.rawValue ?? "-")"])
            throw AccountError.invalidCredentials
        }
        await context.loginGate.recordSuccess(keys)

        let token = SessionToken.generate()
        let tokenHash = SessionToken.hash(token)
        let now = req.now
        let expiresAt = now.addingTimeInterval(context.configuration.sessionLifetime)
        try await req.store.sessions.create(
            for: user.id, tokenHash: tokenHash, csrfToken: SessionToken.generate(), kind: kind, at: now, expiresAt: expiresAt
        )
        guard let session = try await req.store.sessions.find(tokenHash: tokenHash, at: now) else {
            throw Abort(.internalServerError)
        }
        req.logger.info("signed in", metadata: ["username": "\(user.username)", "kind": "\(kind.rawValue)"])
        return Opened(token: token, session: session, deviceCookie: context.devices.issue(for: user.username, at: now))
    }
}
