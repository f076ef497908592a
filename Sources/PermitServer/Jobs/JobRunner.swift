import PermitCommands
import PermitCore
import PermitStore
import Synchronization
import Vapor

/// Runs the scheduled jobs (today: `DeadlineJob`) every `interval` while the
/// server is up. Several servers may run it at once: each alert is raised
/// once, under the ledger's lock, so running twice is harmless.
final class JobRunner: LifecycleHandler, Sendable {
    let store: Store
    let clock: any WallClock
    let interval: Duration
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(store: Store, clock: any WallClock, interval: Duration) {
        self.store = store
        self.clock = clock
        self.interval = interval
    }

    func didBootAsync(_ application: Application) async throws {
        let logger = application.logger
        let (store, clock, interval) = (store, clock, interval)
        task.withLock {
            $0 = Task {
                while !Task.isCancelled {
                    do {
                        let raised = try await DeadlineJob.run(in: .system("deadline-job", clock: clock, store: store))
                        if !raised.isEmpty { logger.notice("deadline alerts raised", metadata: ["count": "\(raised.count)"]) }
                    } catch {
                        logger.warning("deadline job failed", metadata: ["error": "\(String(reflecting: error))"])
                    }
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }
}
