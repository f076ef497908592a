import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

/// One signed-in account of the fixture, with a token for each kind of session.
struct TestAccount {
    let user: User
    let apiToken: String
    let browserToken: String
    let csrf: String
    static let password = "correct horse battery"

    var bearer: HTTPHeaders { ["Authorization": "Bearer \(apiToken)"] }
    var cookie: HTTPHeaders { ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(browserToken)"] }
}

/// A configured application on a fresh database, with Shanghai's city bureau,
/// two district bureaus and one account per role already in place.
struct TestApp {
    let app: Application
    let store: Store
    let clock: SettableClock
    let accounts: [String: TestAccount]

    static let city = DistrictCode(rawValue: "310000")!
    static let pudong = DistrictCode(rawValue: "310115")!
    static let xuhui = DistrictCode(rawValue: "310104")!

    /// username → (role, district)
    static let fixtureAccounts: [(String, Role, DistrictCode?)] = [
        ("city.admin", .cityOfficer, city),
        ("pudong.officer", .districtOfficer, pudong),
        ("pudong.inspector", .inspector, pudong),
        ("xuhui.officer", .districtOfficer, xuhui),
        ("review.agency", .reviewer, nil),
        ("demo.enterprise", .enterprise, nil),
        ("demo.lab", .testingAgency, nil),
        ("auditor", .auditor, nil),
    ]

    func account(_ name: String) -> TestAccount {
        guard let account = accounts[name] else { preconditionFailure("no fixture account \(name)") }
        return account
    }

    /// Sends a request through the whole middleware stack, in memory.
    /// `json` is sent as written, so tests can send broken bodies too.
    func send(
        _ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], json: String? = nil, form: [String: String]? = nil,
        body raw: String? = nil
    ) async throws -> TestingHTTPResponse {
        var headers = headers
        var body: ByteBuffer? = raw.map { ByteBuffer(string: $0) }
        if let json {
            headers.replaceOrAdd(name: .contentType, value: "application/json")
            body = ByteBuffer(string: json)
        } else if let form {
            headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
            let encoded = form.sorted { $0.key < $1.key }.map { key, value in
                "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            }.joined(separator: "&")
            body = ByteBuffer(string: encoded)
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }
}

/// Runs `body` against a fresh application and always shuts it down.
func withTestApp(
    maxBodySize: Int = 1 << 20, adjusting adjust: (inout AppConfiguration) -> Void = { _ in },
    _ body: (TestApp) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let store = try Store(
        location: TestDatabase.freshLocation(), signer: .testing, eventLoopGroup: app.eventLoopGroup,
        threadPool: app.threadPool, logger: app.logger
    )
    do {
        try await store.migrate()
        let clock = SettableClock()
        var configuration = AppConfiguration(dataDirectory: FileManager.default.temporaryDirectory)
        configuration.clock = clock
        configuration.passwordHashCost = 4
        configuration.maxBodySize = maxBodySize
        adjust(&configuration)
        try configure(app, configuration: configuration, store: store)
        let accounts = try await seed(store: store, clock: clock, hasher: app.appContext.passwordHasher)
        try await body(TestApp(app: app, store: store, clock: clock, accounts: accounts))
    } catch {
        try? await store.dropSchema()
        await store.shutdown()
        try await app.asyncShutdown()
        throw error
    }
    // A test may have closed the store on purpose; cleaning up is then moot.
    try? await store.dropSchema()
    await store.shutdown()
    try await app.asyncShutdown()
}

private func seed(store: Store, clock: SettableClock, hasher: any PasswordHashing) async throws -> [String: TestAccount] {
    let actor = ActorReference.system("fixture")
    for (code, name, level) in [(TestApp.city, "上海市市场监督管理局", District.Level.city), (TestApp.pudong, "浦东新区", .district), (TestApp.xuhui, "徐汇区", .district)] {
        _ = try await store.testWrites.add(District(code: code, name: name, level: level), by: actor, at: clock.now())
    }
    let hash = try hasher.hash(TestAccount.password)
    var accounts: [String: TestAccount] = [:]
    for (name, role, district) in TestApp.fixtureAccounts {
        let account = try AccountRules.validate(AccountDraft(
            username: name, displayName: "用户 \(name)", role: role.rawValue, district: district?.rawValue, password: TestAccount.password
        ))
        let user = try await store.testWrites.create(account, passwordHash: hash, by: actor, at: clock.now())
        let api = SessionToken.generate(), browser = SessionToken.generate(), csrf = SessionToken.generate()
        let expiry = clock.now().addingTimeInterval(3600)
        try await store.sessions.create(for: user.id, tokenHash: SessionToken.hash(api), csrfToken: csrf, kind: .api, at: clock.now(), expiresAt: expiry)
        try await store.sessions.create(for: user.id, tokenHash: SessionToken.hash(browser), csrfToken: csrf, kind: .browser, at: clock.now(), expiresAt: expiry)
        accounts[name] = TestAccount(user: user, apiToken: api, browserToken: browser, csrf: csrf)
    }
    return accounts
}

extension TestingHTTPResponse {
    var problem: ProblemDocument? {
        try? JSONDecoder().decode(ProblemDocument.self, from: Data(body.readableBytesView))
    }

    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
}

extension HTTPHeaders {
    func merging(_ other: HTTPHeaders) -> HTTPHeaders {
        var merged = self
        for (name, value) in other { merged.add(name: name, value: value) }
        return merged
    }
}
