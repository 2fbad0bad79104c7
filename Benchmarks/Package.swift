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
        .executableTarget(
            name: "ModelBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FactureModel", package: "FactureKit"),
            ],
            path: "Benchmarks/ModelBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
