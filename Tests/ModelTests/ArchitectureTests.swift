import Foundation
import Testing

/// The house rules of docs/ARCHITECTURE.md, checked on the import lines: each target imports only
/// the rooms below it; only the store touches GRDB, only the terminal touches ncurses.
@Suite struct ArchitectureTests {
    /// Each target's folder, and the modules of this package or its dependencies it may import.
    private static let rooms: [(folder: String, target: String, may: Set<String>)] = [
        ("Sources/Model/Core", "ModelCore", []),
        ("Sources/Model/Import", "ModelImport", ["ModelCore", "CZlibInflate", "FoundationXML"]),
        ("Sources/Model/Store", "ModelStore", ["ModelCore", "GRDB", "GRDBSQLite"]),
        ("Sources/Model/ReadModel", "ModelRead", ["ModelCore", "ModelStore"]),
        ("Sources/Model/Report", "ModelReport", ["ModelCore", "ModelRead", "CXlsxWriter", "ZIPFoundation"]),
        ("Sources/Model/Demo", "ModelDemo", ["ModelCore", "ModelImport", "ModelStore", "ModelRead"]),
        ("Sources/Dashboard/UI", "DashboardUI", ["ModelCore", "ModelStore", "ModelRead", "ModelReport"]),
        ("Sources/Dashboard/Terminal", "DashboardTerminal", ["DashboardUI", "ModelCore", "ModelStore", "ModelRead", "ModelReport", "CNcurses"]),
        (
            "Sources/duban-bench", "duban-bench",
            [
                "ArgumentParser", "DashboardUI", "DashboardTerminal", "ModelCore", "ModelImport",
                "ModelStore", "ModelRead", "ModelReport", "ModelDemo"
            ]
        ),
        ("Sources/duban-manual", "duban-manual", ["ArgumentParser"]),
        (
            "Sources/duban", "duban",
            [
                "ArgumentParser", "DashboardUI", "DashboardTerminal", "ModelCore", "ModelImport",
                "ModelStore", "ModelRead", "ModelReport", "ModelDemo"
            ]
        )
    ]
    /// The system's own modules, which any target may import.
    private static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Dispatch", "Synchronization"]

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static func sources() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path)!
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { "Sources/" + $0 }
    }

    private static func imports(_ path: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard words.count == 2, words[0] == "import" else { return nil }
            return String(words[1])
        }
    }

    @Test func everySourceFileBelongsToARoom() {
        let files = Self.sources()
        #expect(files.count > 200)
        for file in files {
            #expect(Self.rooms.contains { file.hasPrefix($0.folder + "/") }, "\(file) is in no target's folder")
        }
    }

    @Test func eachTargetImportsOnlyWhatItMay() throws {
        var checked = 0
        for file in Self.sources() {
            guard let room = Self.rooms.first(where: { file.hasPrefix($0.folder + "/") }) else { continue }
            for module in try Self.imports(file) where !Self.system.contains(module) {
                #expect(room.may.contains(module), "\(file) (\(room.target)) imports \(module)")
                checked += 1
            }
        }
        #expect(checked > 150, "the import lines were read")
    }

    @Test func onlyTheStoreImportsGRDBAndOnlyTheTerminalImportsNcurses() throws {
        for file in Self.sources() {
            let modules = try Self.imports(file)
            if modules.contains(where: { $0.hasPrefix("GRDB") }) { #expect(file.hasPrefix("Sources/Model/Store/"), "\(file) imports GRDB") }
            if modules.contains("CNcurses") { #expect(file.hasPrefix("Sources/Dashboard/Terminal/"), "\(file) imports CNcurses") }
        }
    }

    /// `swift format lint --strict` with the house configuration (`.swift-format`) finds nothing.
    @Test func theCodeIsFormattedAsTheHouseConfigurationSays() throws {
        let lint = Process()
        lint.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        lint.arguments = ["swift", "format", "lint", "--strict", "--recursive", "Sources", "Tests", "Package.swift"]
        lint.currentDirectoryURL = Self.root
        let output = Pipe()
        lint.standardOutput = output
        lint.standardError = output
        try lint.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        lint.waitUntilExit()
        #expect(lint.terminationStatus == 0 && report.isEmpty, "swift format -i -r Sources Tests Package.swift fixes:\n\(report.prefix(2000))")
    }
}
