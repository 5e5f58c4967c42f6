// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "blog",
    // Built and tested on Linux (Debian 12, Swift 6.3, libcmark-gfm from
    // apt), which is all CI runs. The macOS minimum is what the code's APIs
    // need; no one has built it there yet.
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "BlogKit", targets: ["BlogKit"]),
        .library(name: "TeXMathML", targets: ["TeXMathML"]),
        .library(name: "CodeHighlight", targets: ["CodeHighlight"]),
        .library(name: "BlogImport", targets: ["BlogImport"]),
        .executable(name: "blog", targets: ["blog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Reads Typecho's SQLite databases (libsqlite3-dev, from apt).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // `make docs`: DocC documentation of the libraries.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "TeXMathML"),
        // Code blocks highlighted at build time: pure Swift, no dependency.
        .target(name: "CodeHighlight"),
        .target(
            name: "BlogKit",
            dependencies: [
                "CCmarkGFM",
                "TeXMathML",
                "CodeHighlight",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .target(
            name: "BlogServer",
            dependencies: ["BlogKit", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // `blog import`: other blogs' posts, pages and comments as a site's files.
        .target(
            name: "BlogImport",
            dependencies: [
                "BlogKit",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"], path: "Sources/EmbedTheme"),
        .executableTarget(
            name: "blog",
            dependencies: [
                "BlogKit",
                "BlogServer",
                "BlogImport",
                "TeXMathML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "blog-bench", dependencies: ["BlogKit", "BlogServer", "TeXMathML"]),
        .testTarget(name: "TeXMathMLTests", dependencies: ["TeXMathML"], exclude: ["Fixtures"]),
        .testTarget(name: "CodeHighlightTests", dependencies: ["CodeHighlight"]),
        // The fixtures are read from disk by path, not bundled.
        .testTarget(name: "BlogKitTests", dependencies: ["BlogKit"], exclude: ["Fixtures"]),
        .testTarget(name: "BlogServerTests", dependencies: ["BlogServer"]),
        .testTarget(
            name: "BlogImportTests",
            dependencies: ["BlogImport", "BlogKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // blog-bench too: its gallery is checked to show every command family.
        .testTarget(name: "blogTests", dependencies: ["blog", "blog-bench", "BlogKit"]),
    ],
    swiftLanguageModes: [.v6]
)
