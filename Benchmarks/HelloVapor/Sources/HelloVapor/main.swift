import Foundation
import Vapor

// Usage: hello-vapor [PORT]   (or HELLO_PORT=PORT hello-vapor); default 8081.
// Serves GET / -> "Hello, world!" on 127.0.0.1 only: the `vapor new` template
// reduced to one route, in the production environment, with Vapor's default
// middleware (route logging below the production log level, error middleware).
let arguments = CommandLine.arguments.dropFirst()
let port = arguments.first.flatMap(Int.init)
    ?? ProcessInfo.processInfo.environment["HELLO_PORT"].flatMap(Int.init)
    ?? 8081

var environment = Environment(name: Environment.production.name, arguments: ["hello-vapor"])
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)
app.http.server.configuration.hostname = "127.0.0.1"
app.http.server.configuration.port = port
app.get { _ in "Hello, world!" }
do {
    try await app.execute()
} catch {
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
