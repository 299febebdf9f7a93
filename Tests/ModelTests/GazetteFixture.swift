import Foundation

@testable import ModelCore
@testable import ModelImport

/// The real 2020 gazette from sample-data, parsed once for all tests.
enum GazetteFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = packageRoot.appendingPathComponent("sample-data/litong-gazette-2020-no1.txt").path
    static let text = try! String(contentsOfFile: path, encoding: .utf8)
    static let parsed = try! GazetteImporter.parse(text, file: "gazette.txt")

    static func task(_ id: String) -> Task? {
        parsed.tasks.first { $0.id == id }
    }

    /// The gazette's lines with `change` applied to the (1-based) numbered line range.
    static func edited(_ change: (inout [String]) -> Void) -> String {
        var lines = text.components(separatedBy: "\n")
        change(&lines)
        return lines.joined(separator: "\n")
    }
}
