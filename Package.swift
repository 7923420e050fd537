// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "phiguard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "phiguard", targets: ["phiguard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // json-c, the only JSON parser: it keeps key order, so user files are edited in place.
        .systemLibrary(
            name: "CJSONC",
            pkgConfig: "json-c",
            providers: [.apt(["libjson-c-dev"])]
        ),
        .target(name: "JSONDocument", dependencies: ["CJSONC"]),
        // Vectorscan: every scanner rule compiled into one multi-pattern automaton.
        .systemLibrary(
            name: "CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"])]
        ),
        // SHA-256 from the system's libcrypto (OpenSSL): compiling BoringSSL took most of a fresh build.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // SQLite for `synth`'s database and `synth verify`: five calls, so the system library, not GRDB
        // (compiling GRDB took a quarter of a fresh build).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "RepoAccess", dependencies: ["CLibCrypto"]),
        // The policy's types; reading policy.yml (and so Yams) is PolicyLoading's, so the scanner need not wait for it.
        .target(name: "PolicyModel", dependencies: ["RepoAccess", "JSONDocument"]),
        .target(name: "PolicyLoading", dependencies: ["PolicyModel", "Yams", "RepoAccess"]),
        .target(name: "Inspection", dependencies: ["RepoAccess", "JSONDocument", "PolicyModel"]),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        .executableTarget(name: "BuildCommitReader"),
        .plugin(name: "EmbedBuildCommit", capability: .buildTool(), dependencies: ["BuildCommitReader"]),
        .target(
            name: "Scaffolding",
            dependencies: [
                "PolicyModel", "PolicyLoading", "RepoAccess", "Inspection", "JSONDocument", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // The Census Bureau's 2020 surname and first-name lists, for names in prose and for stand-ins.
        .target(name: "NameLists"),
        .target(name: "Scanning", dependencies: ["CVectorscan", "PolicyModel", "RepoAccess", "JSONDocument", "NameLists"]),
        // guard: the agent-hook adapter, judging prompts and tool calls with the repository's policy.
        .target(name: "Guarding", dependencies: ["Scanning", "PolicyModel", "PolicyLoading", "RepoAccess", "JSONDocument"]),
        .target(name: "SyntheticData", dependencies: ["JSONDocument", "RepoAccess", "CSQLite"]),
        // redact: stand-ins from SyntheticData for what Scanning finds, and the private map.
        .target(name: "Redacting", dependencies: ["Scanning", "SyntheticData", "JSONDocument", "RepoAccess", "NameLists"]),
        .target(name: "Audit", dependencies: ["Scaffolding", "Scanning", "PolicyModel", "PolicyLoading", "RepoAccess", "JSONDocument"]),
        .executableTarget(
            name: "phiguard",
            dependencies: [
                "Scaffolding", "Inspection", "PolicyModel", "PolicyLoading", "RepoAccess", "JSONDocument", "Scanning", "Guarding",
                "SyntheticData", "Audit", "Redacting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedBuildCommit"]
        ),
        .target(name: "TestSupport", dependencies: ["RepoAccess"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONDocumentTests", dependencies: ["JSONDocument", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "RepoAccessTests", dependencies: ["RepoAccess", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel", "PolicyLoading", "RepoAccess", "TestSupport"]),
        .testTarget(name: "InspectionTests", dependencies: ["Inspection", "TestSupport"]),
        .testTarget(name: "ScaffoldingTests", dependencies: ["Scaffolding", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Golden"]),
        .testTarget(name: "ScanningTests", dependencies: ["Scanning", "TestSupport", "JSONDocument", "PolicyModel", "RepoAccess"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "Scanning", "PolicyModel", "RepoAccess", "TestSupport", "JSONDocument",
            .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Golden"]),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Scaffolding", "RepoAccess", "TestSupport", "JSONDocument"]),
        .testTarget(name: "RedactingTests", dependencies: ["Redacting", "Scanning", "PolicyModel", "TestSupport", "NameLists", "SyntheticData",
            .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "JSONDocument", "RepoAccess"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
