import Foundation
import ModelCore

/// Reads an Excel workbook (`.xlsx`) into its sheets' cells: one `CellGrid` per sheet, in the
/// workbook's order, named as its tab. Each part is parsed as a stream; only the cells are kept.
enum XLSXReader {
    static func sheets(of data: Data, file: String) throws(LocatedError) -> [CellGrid] {
        if data.isEmpty { throw LocatedError(file: file, line: 0, message: "\(OfficePackage.Kind.workbook.notOne): the file is empty") }
        let package = try OfficePackage(data: data, file: file, kind: .workbook)
        guard let workbookXML = try package.part(workbookPart) else { throw notAWorkbook(package, file: file) }
        let workbookReader = XLSXWorkbookReader()
        try SpreadsheetXML.read(workbookXML, part: workbookPart, of: file, into: workbookReader)
        let workbook = workbookReader.workbook
        guard !workbook.sheets.isEmpty else {
            throw LocatedError(file: "\(file)!\(workbookPart)", line: 0, message: "the workbook has no sheets")
        }
        let relationshipsReader = XLSXRelationshipsReader(base: "xl")
        if let rels = try package.part(relationshipsPart) {
            try SpreadsheetXML.read(rels, part: relationshipsPart, of: file, into: relationshipsReader)
        }
        let relationships = relationshipsReader.relationships
        let stringsReader = XLSXSharedStringsReader()
        let stringsPart = relationships.pathsByKind["sharedStrings"] ?? "xl/sharedStrings.xml"
        if let strings = try package.part(stringsPart) { try SpreadsheetXML.read(strings, part: stringsPart, of: file, into: stringsReader) }
        let stylesReader = XLSXStylesReader()
        let stylesPart = relationships.pathsByKind["styles"] ?? "xl/styles.xml"
        if let styles = try package.part(stylesPart) { try SpreadsheetXML.read(styles, part: stylesPart, of: file, into: stylesReader) }
        let styles = stylesReader.styles
        var grids: [CellGrid] = []
        for sheet in workbook.sheets {
            guard let path = relationships.paths[sheet.relationship], let xml = try package.part(path) else {
                let target = relationships.paths[sheet.relationship] ?? "relationship “\(sheet.relationship)”"
                throw LocatedError(
                    file: "\(file)!\(workbookPart)", line: 0, message: "sheet “\(sheet.name)” has no part in the archive (\(target))")
            }
            let place = "\(file)!\(path)"
            let reader = XLSXSheetReader(
                sharedStrings: stringsReader.strings, styles: styles, dateSystem: workbook.dateSystem, place: place, sheetName: sheet.name)
            try SpreadsheetXML.read(xml, part: path, of: file, into: reader)
            grids.append(try XLSXSheetLayout.grid(named: sheet.name, rows: reader.rows, merges: reader.merges, place: place))
        }
        return grids
    }

    private static let workbookPart = "xl/workbook.xml"
    private static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    /// A ZIP archive without `xl/workbook.xml`: what it is instead, when its parts tell.
    private static func notAWorkbook(_ package: OfficePackage, file: String) -> LocatedError {
        let what: String
        if package.contains("word/document.xml") {
            what = "a Word document (it holds word/document.xml): import it as .docx"
        } else if package.contains("xl/workbook.bin") {
            what = "a binary workbook (.xlsb): save it as an Excel workbook (.xlsx) in Excel or WPS"
        } else if package.contains("content.xml") && package.contains("mimetype") {
            what = "an OpenDocument file (.ods): save it as an Excel workbook (.xlsx)"
        } else {
            what = "the ZIP archive has no \(workbookPart)"
        }
        return LocatedError(file: file, line: 0, message: "\(package.kind.notOne): \(what)")
    }
}
