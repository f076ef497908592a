// swift-tools-version:6.2
import PackageDescription

// The baseline of Benchmarks/http-benchmark.sh: the smallest Vapor server,
// built with the same Vapor and toolchain as PermitTrail, so the ratio
// "PermitTrail / hello world" shows what the app adds on top of Vapor.
let package = Package(
    name: "HelloVapor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hello-vapor", targets: ["HelloVapor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
    ],
    targets: [
        .executableTarget(
            name: "HelloVapor",
            dependencies: [.product(name: "Vapor", package: "vapor")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
