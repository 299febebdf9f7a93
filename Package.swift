// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "duban",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "duban", targets: ["duban"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20")
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
        .systemLibrary(
            name: "CZlibInflate",
            path: "Sources/Model/Zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "ModelImport",
            dependencies: ["ModelCore", "CZlibInflate"],
            path: "Sources/Model/Import"
        ),
        .target(
            name: "ModelStore",
            dependencies: ["ModelCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Sources/Model/Store"
        ),
        .target(
            name: "ModelRead",
            dependencies: ["ModelCore", "ModelStore"],
            path: "Sources/Model/ReadModel",
            resources: [.embedInCode("Resources/pinyin.txt")]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/Model/XlsxWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "ModelReport",
            dependencies: ["ModelCore", "ModelRead", "CXlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/Model/Report"
        ),
        .target(
            name: "ModelDemo",
            dependencies: ["ModelCore", "ModelImport", "ModelStore", "ModelRead"],
            path: "Sources/Model/Demo",
            resources: [.embedInCode("Resources/sample-gazette.txt")]
        ),
        .target(
            name: "DashboardUI",
            dependencies: ["ModelCore", "ModelStore", "ModelRead", "ModelReport"],
            path: "Sources/Dashboard/UI"
        ),
        .target(
            name: "DashboardTerminal",
            dependencies: ["DashboardUI", "ModelCore", "ModelStore", "ModelRead", "ModelReport", "CNcurses"],
            path: "Sources/Dashboard/Terminal"
        ),
        .executableTarget(
            name: "duban",
            dependencies: [
                "ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelReport", "ModelDemo", "DashboardUI", "DashboardTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(
            name: "duban-bench",
            dependencies: [
                "ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelReport", "ModelDemo", "DashboardUI", "DashboardTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(
            name: "duban-manual",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelDemo"], path: "Tests/TestSupport"),
        .testTarget(
            name: "ModelTests",
            dependencies: [
                "ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelReport", "ModelDemo", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            exclude: ["Corpus", "PDFFixtures", "TableFixtures", "Office/Fixtures"]),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelReport", "ModelDemo", "duban", "duban-manual", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift")
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: [
                "DashboardUI", "DashboardTerminal", "ModelCore", "ModelImport", "ModelStore", "ModelRead", "ModelReport", "ModelDemo", "TestSupport"
            ],
            exclude: ["Golden"])
    ],
    swiftLanguageModes: [.v6]
)
