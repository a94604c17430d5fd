// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Stele",
    products: [
        .executable(name: "stele", targets: ["stele"]),
        .library(name: "SteleSite", targets: ["SteleSite"]),
        .library(name: "SteleImport", targets: ["SteleImport"]),
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
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-algorithms.git", from: "1.2.1"),
    ],
    targets: [
        // libcmark from Debian (libcmark-dev); only Sources/SteleMarkdown imports it.
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
        // renameat2's exchange, which Glibc's Swift module does not declare: the output swap that never
        // leaves a moment without an output folder.
        .target(name: "CFileSystem"),
        // glibc's malloc_trim, which Glibc's Swift module does not declare either: `stele serve` sorts
        // out the memory a build freed while it waits for the next edit.
        .target(name: "CMemory"),
        // The core is a chain of targets, each importing only those above it, so the compiler keeps the
        // layers one-way: Support → Text → Content → Markdown → (Import | Analysis) → Pages → Site.
        // Diagnostics, the one concurrency primitive every layer uses, and the digests the build cache
        // names its inputs by (SHA-256 from swift-crypto).
        .target(
            name: "SteleSupport",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Scalar classes, ICU calls, numerals, dates and word segmentation: text knowledge, no site.
        .target(
            name: "SteleText",
            dependencies: ["SteleSupport", "CICU"]
        ),
        // Site configuration, frontmatter and pages as loaded from disk.
        .target(
            name: "SteleContent",
            dependencies: ["SteleSupport", "SteleText", .product(name: "Yams", package: "Yams")]
        ),
        // The only code that touches libcmark.
        .target(
            name: "SteleMarkdown",
            dependencies: ["SteleSupport", "SteleText", "SteleContent", "CMark"]
        ),
        // `stele import`: raw texts to Markdown with frontmatter.
        .target(
            name: "SteleImport",
            dependencies: ["SteleSupport", "SteleText", "SteleContent"]
        ),
        // Timeline events, quantities, words, entities, tags and figures: plain values keyed by page path
        // and paragraph id; no URLs, no HTML.
        .target(
            name: "SteleAnalysis",
            dependencies: ["SteleSupport", "SteleText", "SteleContent", "SteleMarkdown",
                           .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        // Every page producer, typed view models, Mustache, charts, feed, sitemap and search.
        .target(
            name: "StelePages",
            dependencies: [
                "SteleSupport", "SteleText", "SteleContent", "SteleMarkdown", "SteleAnalysis",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default theme is templates/ (linked as Theme), compiled into the binary so that
            // a site without templates/ still builds. DefaultTheme.swift names every file listed here.
            resources: [
                .embedInCode("Theme/layout.mustache"),
                .embedInCode("Theme/article.mustache"),
                .embedInCode("Theme/index.mustache"),
                .embedInCode("Theme/not-found.mustache"),
                .embedInCode("Theme/timeline.mustache"),
                .embedInCode("Theme/tags.mustache"),
                .embedInCode("Theme/tag.mustache"),
                .embedInCode("Theme/search.mustache"),
                .embedInCode("Theme/partials/article-list.mustache"),
                .embedInCode("Theme/stats.mustache"),
                .embedInCode("Theme/partials/head.mustache"),
                .embedInCode("Theme/partials/header.mustache"),
                .embedInCode("Theme/partials/footer.mustache"),
                .embedInCode("Theme/partials/chart.mustache"),
                .embedInCode("Theme/partials/pagination.mustache"),
                .embedInCode("Theme/partials/pagination-links.mustache"),
                .embedInCode("Theme/static/style.css"),
                .embedInCode("Theme/static/search.js"),
                .embedInCode("Theme/static/table-sort.js"),
                .embedInCode("Theme/static/favicon.svg"),
            ]
        ),
        // The build as named stages, the output folder, the link check.
        .target(
            name: "SteleSite",
            dependencies: ["CFileSystem", "SteleSupport", "SteleText", "SteleContent", "SteleMarkdown", "SteleAnalysis", "StelePages"]
        ),
        // `make score`: scores the importer and the analysis on corpora of real-world texts (Tests/Fixtures/).
        .target(
            name: "SteleScore",
            dependencies: [
                "SteleText", "SteleContent", "SteleMarkdown", "SteleImport", "SteleAnalysis",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "stele-score",
            dependencies: ["SteleScore"]
        ),
        // `make fuzz`: the readers of user input as libFuzzer targets (docs/fuzzing.md). The executable
        // replays inputs when built normally and is libFuzzer's when built with -DFUZZING.
        .target(
            name: "SteleFuzz",
            dependencies: ["SteleText", "SteleContent", "SteleMarkdown", "SteleImport", "SteleAnalysis"]
        ),
        .executableTarget(
            name: "stele-fuzz",
            dependencies: ["SteleFuzz"]
        ),
        // The preview server (`stele serve`): Hummingbird and its SwiftNIO stack stay out of the core.
        .target(
            name: "SteleServe",
            dependencies: [
                "CMemory",
                "SteleSupport",
                "SteleContent",
                "StelePages",
                "SteleSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "stele",
            dependencies: [
                "SteleImport",
                "StelePages",
                "SteleSite",
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
            dependencies: [
                "SteleSupport", "SteleText", "SteleContent", "SteleMarkdown", "SteleImport", "SteleAnalysis",
                "StelePages", "SteleSite", "SteleScore", "SteleFuzz",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SteleServeTests",
            dependencies: [
                "SteleServe",
                "SteleSupport",
                "SteleContent",
                "StelePages",
                "SteleSite",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ]
)
