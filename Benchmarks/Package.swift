// swift-tools-version:6.1
// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import PackageDescription

let package = Package(
    name: "FactureKitBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "FactureKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .systemLibrary(name: "CBenchmarkLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .executableTarget(
            name: "FacturXParsing",
            dependencies: [
                "CBenchmarkLibXML2",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
                .product(name: "FacturX", package: "FactureKit"),
            ],
            path: "Benchmarks/FacturXParsing",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Totals",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
            ],
            path: "Benchmarks/Totals",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Identifiers",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
            ],
            path: "Benchmarks/Identifiers",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FacturXPDF",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
                .product(name: "FacturX", package: "FactureKit"),
            ],
            path: "Benchmarks/FacturXPDF",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "OCRIntake",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
                .product(name: "FactureOCR", package: "FactureKit"),
            ],
            path: "Benchmarks/OCRIntake",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Seal",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureSeal", package: "FactureKit"),
            ],
            path: "Benchmarks/Seal",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
