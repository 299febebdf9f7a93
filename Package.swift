// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "duban",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "duban", targets: ["duban"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "ModelCore",
            path: "Sources/Model/Core",
            resources: [.embedInCode("Resources/directory.json")]
        ),
        .target(
            name: "ModelImport",
            dependencies: ["ModelCore"],
            path: "Sources/Model/Import"
        ),
        .target(
            name: "Model",
            dependencies: ["ModelCore", "ModelImport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["Core", "Import"],
            resources: [.embedInCode("Resources/sample-gazette.txt")]
        ),
        .target(
            name: "DashboardUI",
            dependencies: ["Model", "ModelCore"],
            path: "Sources/Dashboard/UI"
        ),
        .target(
            name: "DashboardTerminal",
            dependencies: ["DashboardUI", "Model", "ModelCore", "CNcurses"],
            path: "Sources/Dashboard/Terminal"
        ),
        .executableTarget(
            name: "duban",
            dependencies: [
                "Model", "ModelCore", "DashboardUI", "DashboardTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "duban-bench",
            dependencies: ["Model", "ModelCore", "DashboardUI", "DashboardTerminal", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Model", "ModelCore"], path: "Tests/TestSupport"),
        .testTarget(name: "ModelTests", dependencies: ["Model", "ModelCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Corpus", "PDFFixtures", "TableFixtures"]),
        .testTarget(name: "CLITests", dependencies: ["Model", "ModelCore", "duban", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DashboardTests", dependencies: ["DashboardUI", "DashboardTerminal", "Model", "ModelCore", "TestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
