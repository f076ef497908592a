// swift-tools-version:6.2
import PackageDescription

// The compiler enforces the layering of ARCHITECTURE.md: PermitCore is pure,
// PermitLedger adds only swift-crypto, PermitStore is the only target that sees
// Fluent, PermitServer the only one that sees Vapor and Leaf.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "PermitTrail",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "permittrail", targets: ["permittrail"]),
        // For the benchmarks' own package (Benchmarks/Package.swift).
        .library(name: "PermitCore", targets: ["PermitCore"]),
        .library(name: "PermitLedger", targets: ["PermitLedger"]),
        .library(name: "PermitStore", targets: ["PermitStore"]),
        .library(name: "PermitCommands", targets: ["PermitCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3" ..< "5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(name: "PermitCore", swiftSettings: swiftSettings),
        .target(
            name: "PermitLedger",
            dependencies: [
                "PermitCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PermitStore",
            dependencies: [
                "PermitCore",
                "PermitLedger",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PermitCommands",
            dependencies: ["PermitCore", "PermitLedger", "PermitStore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PermitServer",
            dependencies: [
                "PermitCore",
                "PermitStore",
                "PermitCommands",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Leaf", package: "leaf"),
                // Streams form uploads to disk instead of collecting them.
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "permittrail",
            dependencies: [
                "PermitCore",
                "PermitLedger",
                "PermitStore",
                "PermitCommands",
                "PermitServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PermitTestSupport",
            dependencies: [
                "PermitCore", "PermitLedger", "PermitStore", "PermitCommands",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/PermitTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PermitCoreTests",
            dependencies: ["PermitCore", "PermitTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PermitLedgerTests",
            dependencies: [
                "PermitLedger", "PermitTestSupport",
                // The reference SHA-256 the tree's own message hashing is held to.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PermitStoreTests",
            dependencies: [
                "PermitStore", "PermitLedger", "PermitCommands", "PermitTestSupport",
                // Tests reach past the write path to corrupt rows on purpose.
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PermitCommandsTests",
            dependencies: ["PermitCommands", "PermitStore", "PermitTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "permittrailTests",
            dependencies: [
                // Runs the built executable as auditors and operators do.
                "permittrail", "PermitLedger", "PermitStore", "PermitTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PermitServerTests",
            dependencies: [
                "PermitServer",
                "PermitStore",
                "PermitCommands",
                "PermitTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
