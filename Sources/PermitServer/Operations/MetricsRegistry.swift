import Metrics
import Prometheus

/// The process's Prometheus registry. swift-metrics allows one bootstrap per
/// process, so the first use installs it and every application in the
/// process (tests start many) shares it. Vapor reports request counts and
/// latency by route into it.
enum MetricsRegistry {
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
