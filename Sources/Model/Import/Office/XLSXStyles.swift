/// The number formats of a workbook's cell formats (`xl/styles.xml`), which a cell's `s` names by
/// index: enough to tell a date from a number.
struct XLSXStyles {
    /// By `cellXfs` index.
    var formats: [XLSXNumberFormat] = []

    /// The format of a cell whose `s` is `style`; a cell without one has the first.
    func format(style: Int?) -> XLSXNumberFormat {
        let index = style ?? 0
        return formats.indices.contains(index) ? formats[index] : .general
    }
}

/// Reads `xl/styles.xml`: each `cellXfs/xf`'s `numFmtId`, and the codes of the custom `numFmts`
/// (which may also redefine a built-in id).
final class XLSXStylesReader: SpreadsheetPartReading {
    private var codes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { codes[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }

    func characters(_ text: String) {}

    var styles: XLSXStyles {
        XLSXStyles(formats: formatIDs.map { id in codes[id].map { XLSXNumberFormat(code: $0) } ?? .builtIn(id) })
    }
}
