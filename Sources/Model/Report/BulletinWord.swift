import Foundation
import ModelCore

/// A 督查通报 as a Word document (WordprocessingML), laid out as a government document: A4 with
/// the margins of GB/T 9704, the title and headings in 黑体, the body in 仿宋 at 三号 with fixed
/// 28-point lines and a two-character first-line indent, tables in 仿宋 at 小四 with a repeated
/// header row. Word and WPS substitute a font a machine lacks.
public enum BulletinWord {
    /// Writes the document at `path`. Throws `ReportError`.
    public static func write(_ blocks: [BulletinBlock], to path: String) throws {
        let title =
            blocks.lazy.compactMap { block -> String? in
                if case .title(let title) = block { title } else { nil }
            }.first ?? ""
        try WordPackage.write(
            to: path,
            parts: [
                ("[Content_Types].xml", WordPackage.contentTypes), ("_rels/.rels", WordPackage.packageRelationships),
                ("word/_rels/document.xml.rels", WordPackage.documentRelationships), ("word/styles.xml", WordPackage.styles),
                ("docProps/core.xml", WordPackage.coreProperties(title: title)), ("word/document.xml", document(blocks))
            ])
    }

    /// `word/document.xml`: the blocks, then the A4 section.
    static func document(_ blocks: [BulletinBlock]) -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .title(let title): body += paragraph(title, style: "Title")
            case .subtitle(let line): body += paragraph(line, style: "Subtitle")
            case .heading(let heading, let level): body += paragraph(heading, style: level == 1 ? "Heading1" : "Heading2")
            case .paragraph(let text): body += paragraph(text, style: "BodyText")
            case .items(let items):
                body += items.enumerated().map { paragraph("\($0.offset + 1)．\($0.element)", style: "BodyText") }.joined()
            case .table(let header, let rows, let numeric): body += table(header: header, rows: rows, numeric: numeric)
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
    }

    private static func paragraph(_ text: String, style: String, alignment: String? = nil) -> String {
        let justification = alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(justification)</w:pPr>\(runs(text))</w:p>"
    }

    /// The text as runs, a line break for each newline.
    private static func runs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<w:r><w:t xml:space=\"preserve\">\(WordPackage.escaped(String($0)))</w:t></w:r>" }
            .joined(separator: "<w:r><w:br/></w:r>")
    }

    /// The width between the margins of an A4 page, in twentieths of a point.
    private static let textWidth = 11906 - 1588 - 1474

    private static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        let widths = columnWidths(header: header, rows: rows)
        func row(_ cells: [String], isHeader: Bool) -> String {
            let properties = isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : ""
            let cells = cells.enumerated().map { column, cell in
                let alignment = isHeader || numeric.contains(column) ? "center" : "left"
                return "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                    + paragraph(cell, style: isHeader ? "TableHeader" : "TableText", alignment: alignment) + "</w:tc>"
            }
            return "<w:tr>\(properties)\(cells.joined())</w:tr>"
        }
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\(borders)</w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>"
            + row(header, isHeader: true) + rows.map { row($0, isHeader: false) }.joined() + "</w:tbl>"
            + "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>"
    }

    /// Each column's width: what its widest cell needs at 小四 (7.5 points a display column, with
    /// the cell's margins; a header may wrap onto two lines), at most 30 display columns. What is
    /// left of the page's text width goes to the widest column, a shortfall is taken from it first
    /// (down to 8 display columns), then from all alike.
    private static func columnWidths(header: [String], rows: [[String]]) -> [Int] {
        let perColumn = 150, margins = 300
        let needs = header.indices.map { column in
            let widest = rows.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
            return min(max(widest, (DisplayWidth.of(header[column]) + 1) / 2, 4), 30) * perColumn + margins
        }
        var widths = needs
        let widest = needs.indices.max { needs[$0] < needs[$1] } ?? 0
        widths[widest] = max(8 * perColumn + margins, widths[widest] + textWidth - needs.reduce(0, +))
        let total = widths.reduce(0, +)
        return total <= textWidth ? widths : widths.map { $0 * textWidth / total }
    }
}
