/// A Word document sketched one element a line, for the fuzzer to damage as text: `P text` a
/// paragraph, `N level text` a paragraph numbered by list 1 at that level, `R a|b|c` a table row
/// (consecutive rows are one table); a cell `{6}text` spans six grid columns, `{v}` continues a
/// vertical merge and `{r}text` starts one. Any other line is a paragraph; text is escaped.
enum WordSketch {
    /// List 1 of the sketches' numbered paragraphs, as Word writes a list.
    static let numbering = """
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
        <w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        """

    /// The `w:body` content of a sketch.
    static func body(_ sketch: String) -> String {
        var xml = "", inTable = false
        for line in sketch.split(separator: "\n", omittingEmptySubsequences: false) {
            let isRow = line.hasPrefix("R ")
            if isRow != inTable { xml += isRow ? "<w:tbl>" : "</w:tbl>" }
            inTable = isRow
            if isRow {
                xml += "<w:tr>" + line.dropFirst(2).split(separator: "|", omittingEmptySubsequences: false).map(cell).joined() + "</w:tr>"
            } else if line.hasPrefix("N "), let space = line.dropFirst(2).firstIndex(of: " ") {
                let level = line[line.index(line.startIndex, offsetBy: 2)..<space]
                xml +=
                    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(escaped(level))\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                    + run(line[line.index(after: space)...]) + "</w:p>"
            } else {
                xml += "<w:p>" + run(line.hasPrefix("P ") ? line.dropFirst(2) : line[...]) + "</w:p>"
            }
        }
        return xml + (inTable ? "</w:tbl>" : "")
    }

    private static func cell(_ text: Substring) -> String {
        var properties = "", text = text
        if text.hasPrefix("{"), let close = text.firstIndex(of: "}") {
            let mark = text[text.index(after: text.startIndex)..<close]
            text = text[text.index(after: close)...]
            switch mark {
            case "v": properties = "<w:vMerge/>"
            case "r": properties = "<w:vMerge w:val=\"restart\"/>"
            default: properties = "<w:gridSpan w:val=\"\(escaped(mark))\"/>"
            }
        }
        return "<w:tc>" + (properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>") + "<w:p>\(run(text))</w:p></w:tc>"
    }

    private static func run(_ text: Substring) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r>"
    }

    private static func escaped(_ text: Substring) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
