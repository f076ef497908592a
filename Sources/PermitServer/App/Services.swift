import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// What handlers need from the installation, injected once at start-up so
/// tests decide the clock, the store and the hashing cost.
struct AppContext: Sendable {
    let store: Store
    let configuration: AppConfiguration
    let passwordHasher: any PasswordHashing
    let loginGate: LoginGate
    let devices: DeviceRecognition
    let health: HealthProbe
    /// Who issues and signs certificates (发证机关 and its key).
    let certificates: CertificateAuthority

    var clock: any WallClock { configuration.clock }
}

extension Application {
    private struct AppContextKey: StorageKey {
        typealias Value = AppContext
    }

    var appContext: AppContext {
        get {
            guard let context = storage[AppContextKey.self] else {
                preconditionFailure("configure(_:configuration:store:) sets the services before any route runs")
            }
            return context
        }
        set { storage[AppContextKey.self] = newValue }
    }
}

extension Request {
    var appContext: AppContext { application.appContext }
    var store: Store { appContext.store }
    var now: Date { appContext.clock.now() }
}
