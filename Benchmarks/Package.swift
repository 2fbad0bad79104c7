// swift-tools-version:6.1
// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import PackageDescription

/// A benchmark suite: an executable in `Benchmarks/NAME` run by the benchmark plugin, depending on
/// the benchmark library, the FactureKit products it measures and any other target.
func suite(_ name: String, measures products: [String], also others: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: others + [.product(name: "Benchmark", package: "benchmark")]
            + products.map { .product(name: $0, package: "FactureKit") },
        path: "Benchmarks/" + name,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "FactureKitBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "FactureKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(name: "CBenchmarkLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        suite("FacturXParsing", measures: ["FactureModel", "FacturX"], also: ["CBenchmarkLibXML2"]),
        suite("Totals", measures: ["FactureModel"]),
        suite("Identifiers", measures: ["FactureModel"]),
        suite("FacturXPDF", measures: ["FactureModel", "FacturX"]),
        suite("OCRIntake", measures: ["FactureModel", "FactureOCR"]),
        suite("Seal", measures: ["FactureSeal"]),
        suite("Archive", measures: ["FactureArchive", "FactureStoreSQLite", "FactureSeal"]),
        suite("Banking", measures: ["FactureModel", "FactureBanking"]),
        suite(
            "Sending",
            measures: ["FactureModel", "FacturX", "FactureHTTP", "FactureChorusPro"],
            also: [.product(name: "HTTPTypes", package: "swift-http-types")]
        ),
    ]
)
