// swift-tools-version:6.1
// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import PackageDescription

let package = Package(
    name: "FactureKit",
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "FactureModel", targets: ["FactureModel"]),
        .library(name: "FacturX", targets: ["FacturX"]),
        .library(name: "FactureOCR", targets: ["FactureOCR"]),
        .library(name: "FactureSeal", targets: ["FactureSeal"]),
        .library(name: "FactureArchive", targets: ["FactureArchive"]),
        .library(name: "FactureStoreSQLite", targets: ["FactureStoreSQLite"]),
        .library(name: "FactureStorePostgres", targets: ["FactureStorePostgres"]),
        .library(name: "FactureTesting", targets: ["FactureTesting"]),
        .library(name: "FactureBanking", targets: ["FactureBanking"]),
        .library(name: "FactureHTTP", targets: ["FactureHTTP"]),
        .library(name: "FactureChorusPro", targets: ["FactureChorusPro"]),
        .library(name: "FacturePlatform", targets: ["FacturePlatform"]),
        .executable(name: "facture", targets: ["facture"]),
    ],
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "Builds FactureStorePostgres on postgres-nio (the archive journal and blobs in PostgreSQL)."
        ),
        .trait(
            name: "AsyncHTTPClient",
            description: "Adds FactureHTTP's AsyncHTTPClientTransport, an HTTP transport on async-http-client (SwiftNIO)."
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // MARK: System libraries (thin shims, no logic)
        .systemLibrary(
            name: "CFactureLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CFactureTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev"])]
        ),
        .systemLibrary(
            name: "CFacturePopplerCpp",
            pkgConfig: "poppler-cpp",
            providers: [.apt(["libpoppler-cpp-dev"])]
        ),
        .target(
            name: "CFacturePoppler",
            dependencies: ["CFacturePopplerCpp"]
        ),
        .systemLibrary(
            name: "CFactureQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]
        ),
        .systemLibrary(
            name: "CFactureZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CFactureOpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),

        // MARK: Libraries
        .target(name: "FactureModel"),
        .target(
            name: "FacturX",
            dependencies: ["FactureModel", "CFactureLibXML2", "CFactureQPDF", "CFactureZlib"]
        ),
        .target(
            name: "FactureOCR",
            dependencies: ["FactureModel", "FacturX", "CFacturePoppler", "CFactureTesseract", "CFactureQPDF"]
        ),
        .target(name: "FactureSeal", dependencies: ["CFactureOpenSSL"]),
        .target(name: "FactureArchive", dependencies: ["FactureSeal", "CFactureOpenSSL"]),
        .target(name: "FactureTesting", dependencies: ["FactureArchive"]),
        .target(name: "FactureBanking", dependencies: ["FactureModel", "CFactureLibXML2"]),
        .target(
            name: "FactureChorusPro",
            dependencies: [
                "FactureHTTP", "FactureModel", "FacturX",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "FacturePlatform",
            dependencies: [
                "FactureHTTP", "FactureModel", "FacturX", "CFactureLibXML2",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "FactureHTTP",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HTTPTypesFoundation", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(
                    name: "AsyncHTTPClient",
                    package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
            ]
        ),

        // MARK: Storage adapters
        .target(
            name: "FactureStoreSQLite",
            dependencies: ["FactureArchive", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "FactureStorePostgres",
            dependencies: [
                "FactureArchive",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),

        // MARK: Command-line tool
        .executableTarget(
            name: "facture",
            dependencies: [
                "FactureModel",
                "FacturX",
                "FactureOCR",
                "FactureSeal",
                "FactureArchive",
                "FactureStoreSQLite",
                "FactureBanking",
                "FactureHTTP",
                "FactureChorusPro",
                "FacturePlatform",
                "FactureTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/facture"
        ),

        // MARK: Tests
        .target(
            name: "FactureTestSupport",
            dependencies: [
                "FactureHTTP", "FactureModel", "FacturX",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/FactureTestSupport"
        ),
        .testTarget(name: "FactureModelTests", dependencies: ["FactureModel", "FactureTestSupport"]),
        .testTarget(name: "FacturXTests", dependencies: ["FacturX", "FactureModel", "FactureTestSupport"]),
        .testTarget(name: "FactureOCRTests", dependencies: ["FactureOCR", "FactureModel", "FactureTestSupport"]),
        .testTarget(name: "FactureSealTests", dependencies: ["FactureSeal", "FactureTestSupport"]),
        .testTarget(
            name: "FactureArchiveTests",
            dependencies: ["FactureArchive", "FactureSeal", "FactureTesting", "FactureTestSupport"]
        ),
        .testTarget(
            name: "FactureBankingTests",
            dependencies: ["FactureBanking", "FactureModel", "FacturX", "FactureTestSupport", "CFactureLibXML2"]
        ),
        .testTarget(
            name: "FactureChorusProTests",
            dependencies: [
                "FactureChorusPro", "FactureHTTP", "FactureModel", "FacturX", "FactureTesting", "FactureTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "FacturePlatformTests",
            dependencies: [
                "FacturePlatform", "FactureHTTP", "FactureModel", "FacturX", "FactureTesting", "FactureTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "FactureHTTPTests",
            dependencies: [
                "FactureHTTP", "FactureTesting", "FactureTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(
                    name: "AsyncHTTPClient",
                    package: "async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])
                ),
            ]
        ),
        .testTarget(
            name: "FactureStoreSQLiteTests",
            dependencies: [
                "FactureStoreSQLite", "FactureArchive", "FactureTesting", "FactureTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "FactureStorePostgresTests",
            dependencies: ["FactureStorePostgres", "FactureArchive", "FactureTesting", "FactureTestSupport"]
        ),
        .testTarget(
            name: "SystemLibraryTests",
            dependencies: [
                "CFactureLibXML2", "CFactureTesseract", "CFacturePoppler", "CFactureOpenSSL", "FactureTestSupport",
            ]
        ),
        .testTarget(
            name: "FactureExampleTests",
            dependencies: [
                "facture", "FactureModel", "FactureArchive", "FactureStoreSQLite", "FactureBanking", "FactureTestSupport",
            ]
        ),
    ],
    cxxLanguageStandard: .cxx17
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    // SE-0335: existential types are spelled `any`.
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    // SE-0444: a file sees only members of modules it imports.
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    // SE-0409: imports are internal unless marked `public import`.
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    // SE-0461: nonisolated async functions run on the caller's actor.
    settings.append(.enableUpcomingFeature("NonisolatedNonsendingByDefault"))
    target.swiftSettings = settings
}
