import Foundation
import Testing

/// A report duban wrote, as `Fixtures/read_report.py` reads it with openpyxl or python-docx: an
/// independent reader of the file a clerk opens.
enum ReportReader {
    static func read(_ path: String) throws -> [String: Any] {
        let script = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/read_report.py").path
        let result = try CLIRunner.execute(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, path], environment: ProcessInfo.processInfo.environment,
            directory: FileManager.default.currentDirectoryPath)
        try #require(result.status == 0, "read_report.py \(path): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    /// The rows of a workbook's sheet, cells as text.
    static func rows(_ workbook: [String: Any], sheet: String) throws -> [[String]] {
        let sheets = try #require(workbook["sheets"] as? [[String: Any]])
        let found = try #require(sheets.first { $0["name"] as? String == sheet })
        return try #require(found["rows"] as? [[String]])
    }

    static func sheet(_ workbook: [String: Any], _ name: String) throws -> [String: Any] {
        let sheets = try #require(workbook["sheets"] as? [[String: Any]])
        return try #require(sheets.first { $0["name"] as? String == name })
    }

    /// Every paragraph's and table cell's text of a Word document, one string.
    static func text(_ document: [String: Any]) -> String {
        let paragraphs = (document["paragraphs"] as? [[String]] ?? []).map { $0.last ?? "" }
        let cells = (document["tables"] as? [[[String]]] ?? []).flatMap { $0.flatMap { $0 } }
        return (paragraphs + cells).joined(separator: "\n")
    }
}
