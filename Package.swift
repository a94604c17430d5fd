// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Stele",
    products: [
        .executable(name: "stele", targets: ["stele"]),
        .library(name: "SteleCore", targets: ["SteleCore"]),
        .library(name: "SteleServe", targets: ["SteleServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // libcmark from Debian (libcmark-dev); only Sources/SteleCore/Markdown imports it.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // A thin C shim over ICU: ICU renames its symbols per version (ucnv_open_72),
        // which Swift cannot call through the header macros directly.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(
            name: "SteleCore",
            dependencies: [
                "CMark",
                "CICU",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default theme is templates/ (linked as Render/Theme), compiled into the binary so that
            // a site without templates/ still builds. DefaultTheme.swift names every file listed here.
            resources: [
                .embedInCode("Render/Theme/layout.mustache"),
                .embedInCode("Render/Theme/article.mustache"),
                .embedInCode("Render/Theme/index.mustache"),
                .embedInCode("Render/Theme/not-found.mustache"),
                .embedInCode("Render/Theme/timeline.mustache"),
                .embedInCode("Render/Theme/tags.mustache"),
                .embedInCode("Render/Theme/tag.mustache"),
                .embedInCode("Render/Theme/search.mustache"),
                .embedInCode("Render/Theme/partials/article-list.mustache"),
                .embedInCode("Render/Theme/stats.mustache"),
                .embedInCode("Render/Theme/partials/head.mustache"),
                .embedInCode("Render/Theme/partials/header.mustache"),
                .embedInCode("Render/Theme/partials/footer.mustache"),
                .embedInCode("Render/Theme/partials/chart.mustache"),
                .embedInCode("Render/Theme/static/style.css"),
                .embedInCode("Render/Theme/static/search.js"),
                .embedInCode("Render/Theme/static/table-sort.js"),
            ]
        ),
        // The preview server (`stele serve`): Hummingbird and its SwiftNIO stack stay out of SteleCore.
        .target(
            name: "SteleServe",
            dependencies: [
                "SteleCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "stele",
            dependencies: [
                "SteleCore",
                "SteleServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // End-to-end tests run the `stele` executable as a user would.
        .testTarget(
            name: "SteleCLITests",
            dependencies: ["stele"]
        ),
        .testTarget(
            name: "SteleCoreTests",
            dependencies: ["SteleCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SteleServeTests",
            dependencies: [
                "SteleServe",
                "SteleCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ]
)
