import Foundation
import Leaf
import LeafKit
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The composition root: wires the store, the clock, hashing, middleware,
/// views and routes into an application. Tests call it with their own
/// configuration and store.
public func configure(_ app: Application, configuration: AppConfiguration, store: Store) throws {
    app.appContext = AppContext(
        store: store, configuration: configuration,
        passwordHasher: BcryptPasswordHasher(cost: configuration.passwordHashCost), loginGate: LoginGate(),
        devices: DeviceRecognition(signer: store.signer), health: HealthProbe(),
        certificates: .shanghai(signer: try CertificateSigner.load(
            configured: ProcessInfo.processInfo.environment[CertificateSigner.environmentVariable], dataDirectory: configuration.dataDirectory
        ))
    )
    app.routes.defaultMaxBodySize = ByteCount(value: configuration.maxBodySize)
    _ = MetricsRegistry.shared

    // Order matters: errors are caught around everything, then the caller is
    // identified, then the policy decides before any handler runs. They are
    // future-based, not `AsyncMiddleware`: Vapor starts a task for every
    // async middleware on every request, and those hops between the event
    // loop and the task pool cost more than the middlewares' own work. They
    // start a task only where they wait for the database or render a page.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(strictTransportSecurity: configuration.secureCookies))
    app.middleware.use(ProblemMiddleware())
    app.middleware.use(RequestHeadLimitMiddleware())
    app.middleware.use(BodyLimitMiddleware(limit: configuration.maxBodySize))
    app.middleware.use(AuthenticationMiddleware())
    app.middleware.use(AccessGuardMiddleware())

    app.views.use(.leaf)
    app.leaf.sources = .singleSource(NIOLeafFiles(
        fileio: app.fileio, limits: [.toSandbox, .requireExtensions], sandboxDirectory: viewsDirectory, viewDirectory: viewsDirectory
    ))
    app.leaf.cache.isEnabled = app.environment.isRelease

    try routes(app)
    app.allowedMethods = AllowedMethods(app.routes.all)
}

/// Views ship as a resource of this module, so an installed binary finds them
/// wherever it is started from. Foundation places a bundle's resources
/// differently per platform, so both layouts are tried.
let viewsDirectory: String = {
    let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }.flatMap { base in
        [base.appendingPathComponent("Resources/Views"), base.appendingPathComponent("Views")]
    }
    let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("base.leaf").path) }
    return (found ?? candidates[0]).path + "/"
}()
