import Foundation

@testable import ModelImport

/// An Excel sheet sketched one row a line, for the fuzzer to damage as text: cells separated by
/// `|` from column A (an empty one left out), `{s}text` a shared string, `{n}1` a number, `{d}43921`
/// a date-formatted number, `{b}1` a boolean, `{e}#N/A` an error, anything else an inline string;
/// `@7 ` before a row gives its number (else the next one), `M A1:F1` is a merge. Text is escaped.
enum ExcelSketch {
    /// The styles part: cell format 1 is Excel's built-in date (numFmtId 14).
    static let styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"

    /// The worksheet and the shared strings' `<si>` items of a sketch.
    static func sheet(_ sketch: String) -> (xml: String, sharedStrings: [String]) {
        var rows = "", merges: [String] = [], shared: [String] = [], number = 0
        for line in sketch.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("M ") {
                merges.append(escaped(line.dropFirst(2)))
                continue
            }
            var line = line
            if line.hasPrefix("@"), let space = line.firstIndex(of: " ") {
                number = Int(line[line.index(after: line.startIndex)..<space]) ?? number + 1
                line = line[line.index(after: space)...]
            } else {
                number += 1
            }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).enumerated().compactMap { column, text in
                text.isEmpty ? nil : cell(text, at: "\(CellRow.columnName(column))\(number)", shared: &shared)
            }
            rows += "<row r=\"\(number)\">\(cells.joined())</row>\n"
        }
        return (XLSXPackageBuilder.sheet("\n" + rows, merges: merges), shared)
    }

    private static func cell(_ text: Substring, at reference: String, shared: inout [String]) -> String {
        let kinds: [Substring: String] = ["{s}": "s", "{n}": "n", "{d}": "d", "{b}": "b", "{e}": "e"]
        guard let kind = kinds[text.prefix(3)] else {
            return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
        }
        let value = escaped(text.dropFirst(3))
        switch kind {
        case "s":
            shared.append("<si><t>\(value)</t></si>")
            return "<c r=\"\(reference)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
        case "d": return "<c r=\"\(reference)\" s=\"1\"><v>\(value)</v></c>"
        case "n": return "<c r=\"\(reference)\"><v>\(value)</v></c>"
        default: return "<c r=\"\(reference)\" t=\"\(kind)\"><v>\(value)</v></c>"
        }
    }

    private static func escaped(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
