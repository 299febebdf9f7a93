import Foundation

@testable import ModelImport

/// `.xlsx` packages zipped at test time from hand-written XML parts, for what openpyxl does not
/// write: phonetic runs, cells without `r`, the 1904 system's edge cases, broken and hostile parts.
enum XLSXPackageBuilder {
    static let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A workbook of `sheets` (name → worksheet XML, at `xl/worksheets/sheetN.xml`), with the
    /// shared strings' `<si>` items and the styles' inner XML when given, and `extra` parts.
    static func workbook(
        sheets: [(name: String, xml: String)], sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false,
        extra: [(path: String, xml: String)] = [], stored: Bool = false
    ) throws -> Data {
        let sheetElements = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let relationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        var parts = [
            (
                path: "xl/workbook.xml",
                xml: "<workbook xmlns=\"\(namespace)\" xmlns:r=\"\(relationshipsNamespace)\"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/>"
                    + "<sheets>\(sheetElements.joined())</sheets></workbook>"
            ),
            (
                path: "xl/_rels/workbook.xml.rels",
                xml: "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships.joined())</Relationships>"
            )
        ]
        for (index, sheet) in sheets.enumerated() { parts.append((path: "xl/worksheets/sheet\(index + 1).xml", xml: sheet.xml)) }
        if let sharedStrings {
            parts.append((path: "xl/sharedStrings.xml", xml: "<sst xmlns=\"\(namespace)\">\(sharedStrings.joined())</sst>"))
        }
        if let styles { parts.append((path: "xl/styles.xml", xml: "<styleSheet xmlns=\"\(namespace)\">\(styles)</styleSheet>")) }
        return try WordPackageBuilder.archive(parts + extra, stored: stored)
    }

    /// A worksheet whose `sheetData` holds `rows` (raw `<row>` XML), with `merges` (`A1:I1`).
    static func sheet(_ rows: String, merges: [String] = []) -> String {
        let mergeCells = merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"\(namespace)\"><sheetData>\(rows)</sheetData>\(mergeCells)</worksheet>"
    }

    /// `<row r="N">` of inline-string cells from column A, an empty string leaving its cell out.
    static func row(_ number: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().filter { !$0.element.isEmpty }.map { column, text in
            "<c r=\"\(CellRow.columnName(column))\(number)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }
        return "<row r=\"\(number)\">\(cells.joined())</row>"
    }

    /// The one sheet of a workbook made of `rows` and `merges`, as `XLSXReader` reads it.
    static func grid(_ rows: String, merges: [String] = [], sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false)
        throws -> CellGrid
    {
        let sheets = [(name: "表", xml: sheet(rows, merges: merges))]
        let data = try workbook(sheets: sheets, sharedStrings: sharedStrings, styles: styles, date1904: date1904)
        return try XLSXReader.sheets(of: data, file: "t.xlsx")[0]
    }
}
