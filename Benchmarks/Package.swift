// swift-tools-version:6.2
import PackageDescription

// The measurements of BENCHMARKS.md, in a package of their own so that
// building the product never builds them. Run through the scripts beside
// this file; HelloVapor, the HTTP baseline, is a package of its own too.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "PermitTrailBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PermitTrail", path: ".."),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3" ..< "5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
    ],
    targets: [
        .executableTarget(
            name: "LedgerBenchmark",
            dependencies: [
                .product(name: "PermitCore", package: "PermitTrail"),
                .product(name: "PermitLedger", package: "PermitTrail"),
                .product(name: "PermitStore", package: "PermitTrail"),
                .product(name: "PermitCommands", package: "PermitTrail"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The reference inserts go through the store's drivers, but not
                // through the store, so they measure the database alone.
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "LedgerBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "RegistryBenchmark",
            dependencies: [
                .product(name: "PermitCore", package: "PermitTrail"),
                .product(name: "PermitStore", package: "PermitTrail"),
                .product(name: "PermitCommands", package: "PermitTrail"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "RegistryBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "DrawBenchmark",
            dependencies: [
                .product(name: "PermitCore", package: "PermitTrail"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "DrawBenchmark",
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
