// swift-tools-version:6.1
// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// libFuzzer targets for FactureKit's untrusted-input parsers. See README.md.
//
// The fuzzed APIs are `package` (not public), so this package cannot depend on `..` as a
// product: it compiles the library sources itself, through the symbolic links in `Sources/`
// (SwiftPM refuses target paths outside a package's root).

import PackageDescription

let package = Package(
    name: "FactureKitFuzzTesting",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "FacturXFuzz", targets: ["FacturXFuzz"])
    ],
    targets: [
        .systemLibrary(name: "CFactureLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "FactureModel"),
        .target(name: "FacturX", dependencies: ["FactureModel", "CFactureLibXML2"]),
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FacturXFuzz", dependencies: ["FacturX", "FactureModel", "CFuzzDriver"]),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("NonisolatedNonsendingByDefault"))
    target.swiftSettings = settings
}
