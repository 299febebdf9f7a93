/// What `xl/workbook.xml` says: the sheets in the workbook's order, and its date system.
struct XLSXWorkbook {
    /// One `<sheet>`: its name as its tab shows it and the relationship that names its part.
    struct Sheet {
        var name: String
        var relationship: String
    }

    var sheets: [Sheet] = []
    var dateSystem = ExcelDate.System.from1900
}

/// Reads `xl/workbook.xml`'s `<sheets>` and `<workbookPr date1904>`.
final class XLSXWorkbookReader: SpreadsheetPartReading {
    private(set) var workbook = XLSXWorkbook()

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "sheet":
            // The relationship's id is `r:id`, whatever prefix the relationships' namespace has.
            let relationship = attributes.first { $0.key.contains(":") && SpreadsheetXML.localName($0.key) == "id" }?.value ?? ""
            workbook.sheets.append(XLSXWorkbook.Sheet(name: attributes["name"] ?? "", relationship: relationship))
        case "workbookPr":
            if let value = attributes["date1904"], ["1", "true"].contains(value) { workbook.dateSystem = .from1904 }
        default: break
        }
    }

    func end(_ name: String) {}

    func characters(_ text: String) {}
}
