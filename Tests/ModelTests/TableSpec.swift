import Foundation
import Testing

@testable import ModelImport

/// A table for TableFixtures/make_table_pdf.py to draw, and the rows a reader should find in it.
struct TableSpec {
    /// A row as drawn.
    enum Row {
        case chapter(String)
        /// One text a column; `\n` breaks a line.
        case cells([String])
        /// The first column is one cell over this row and the next `rows - 1`, its text printed one
        /// character a line: the chapter of those rows.
        case merged(String, rows: Int, [String])
    }

    var columns: [(header: String, width: Double, align: String)]
    var rows: [Row]
    var before: [(text: String, align: String)]
    var after: [(text: String, align: String)]
    var runningHeader: String?
    var pageNumbers: Bool

    /// The description make_table_pdf.py reads.
    var json: [String: Any] {
        var json: [String: Any] = [
            "font": TablePDF.font, "font_size": 10, "line_height": 5.5, "page_numbers": pageNumbers,
            "columns": columns.map { ["header": $0.header, "width": $0.width, "align": $0.align] },
            "before": before.map { ["text": $0.text, "align": $0.align] },
            "after": after.map { ["text": $0.text, "align": $0.align] },
            "rows": rows.map { row -> [String: Any] in
                switch row {
                case .chapter(let text): return ["chapter": text]
                case .cells(let cells): return ["cells": cells]
                case .merged(let text, let count, let cells): return ["cells": cells, "merge_first": ["text": text, "rows": count]]
                }
            }
        ]
        json["running_header"] = runningHeader
        return json
    }

    /// Checks every row field by field: its chapter, which columns it fills, each unit column line
    /// by line, any other column's text joined (tidied: pdftotext drops the space in `张 军`); and
    /// that each fragment stands on the line it names, the row starting at its first.
    func check(_ found: [TaskTableRow], lines: [SourceLine]) {
        let kinds = columns.map { header in
            TaskTableColumn.headerWords.first { $0.word == header.header.filter { !$0.isWhitespace } }!.column
        }
        var expected: [(chapter: String?, cells: [TaskTableColumn: String])] = []
        var chapter: String?
        var merged = 0
        for row in rows {
            var cells: [String]
            switch row {
            case .chapter(let text):
                chapter = text
                continue
            case .cells(let texts):
                cells = texts
            case .merged(let text, let count, let texts):
                (chapter, merged, cells) = (text, count, texts)
            }
            if merged > 0 {
                cells[0] = ""
                merged -= 1
            }
            let filled = zip(kinds, cells).filter { !$0.1.isEmpty }
            expected.append((chapter, Dictionary(uniqueKeysWithValues: filled)))
        }
        let texts = Dictionary(uniqueKeysWithValues: lines.map { ($0.number, $0.text) })
        #expect(found.count == expected.count, "rows start at \(found.map(\.line))")
        for (index, (row, want)) in zip(found, expected).enumerated() {
            let label: Comment = "row \(index + 1) (line \(row.line))"
            #expect(row.chapter == want.chapter, label)
            #expect(Set(row.cells.keys) == Set(want.cells.keys), label)
            for (column, text) in want.cells {
                let fragments = row.cells[column, default: []]
                if [.leadUnits, .responsibleUnits, .cooperatingUnits].contains(column) {
                    #expect(fragments.map(\.text) == text.components(separatedBy: "\n"), "\(label), \(column)")
                } else {
                    let joined = fragments.map(\.text).joined()
                    #expect(TextCleanup.tidy(joined) == TextCleanup.tidy(text.replacingOccurrences(of: "\n", with: "")), "\(label), \(column)")
                }
            }
            let all = row.cells.values.flatMap { $0 }
            #expect(all.allSatisfy { texts[$0.number]?.contains($0.text) == true }, label)
            #expect(row.line == all.map(\.number).min(), label)
        }
    }
}

/// Draws a TableSpec with make_table_pdf.py and returns its text as `pdftotext -layout` prints it.
/// Fails, saying what to install, when python3 with fpdf2, the font or pdftotext is missing.
enum TablePDF {
    static let font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("TableFixtures/make_table_pdf.py").path

    /// A tool the fixtures need is missing or failed.
    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    static func lines(_ spec: TableSpec) throws -> [SourceLine] {
        guard FileManager.default.fileExists(atPath: font) else {
            throw FixtureError(description: "the font \(font) is missing: apt-get install -y fonts-wqy-microhei")
        }
        guard let pdftotext = onPath("pdftotext").first else {
            throw FixtureError(description: "pdftotext is missing: apt-get install -y poppler-utils")
        }
        let pythons = onPath("python3")
        guard !pythons.isEmpty else { throw FixtureError(description: "python3 is missing: apt-get install -y python3, then pip install fpdf2") }
        guard let python = pythons.first(where: { (try? run($0, ["-c", "import fpdf"])) != nil }) else {
            throw FixtureError(description: "fpdf2 is missing (tried \(pythons.joined(separator: ", "))): pip install fpdf2")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("column-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("table.json").path
        let pdf = folder.appendingPathComponent("table.pdf").path
        try JSONSerialization.data(withJSONObject: spec.json).write(to: URL(fileURLWithPath: json))
        _ = try run(python, [script, json, pdf])
        let text = try run(pdftotext, ["-layout", pdf, "-"])
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
    }

    private static func onPath(_ name: String) -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.filter { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
