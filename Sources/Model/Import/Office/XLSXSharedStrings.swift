/// The text of a string item, a shared string's `<si>` or a cell's inline `<is>`: its `<t>`, or
/// its rich-text runs' `<r><t>` joined, without the phonetic guide (`<rPh>` runs of kana or
/// pinyin and `<phoneticPr>`) that Chinese and Japanese Excel write beside the text.
struct XLSXStringItem {
    private var stored = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func start(_ name: String) {
        switch name {
        case "t" where phoneticDepth == 0: inText = true
        case "rPh", "phoneticPr": phoneticDepth += 1
        default: break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "t": inText = false
        case "rPh", "phoneticPr": phoneticDepth = max(phoneticDepth - 1, 0)
        default: break
        }
    }

    mutating func characters(_ text: String) {
        if inText { stored += text }
    }

    /// The text as Excel shows it (`_x000D_` escapes decoded, line breaks `\n`).
    var text: String { XLSXText.decoded(stored) }
}

/// Reads `xl/sharedStrings.xml`, the table of strings that cells of type `s` name by index.
final class XLSXSharedStringsReader: SpreadsheetPartReading {
    private(set) var strings: [String] = []
    private var item: XLSXStringItem?

    func start(_ name: String, _ attributes: [String: String]) {
        if name == "si" { item = XLSXStringItem() } else { item?.start(name) }
    }

    func end(_ name: String) {
        if name == "si", let item {
            strings.append(item.text)
            self.item = nil
        } else {
            item?.end(name)
        }
    }

    func characters(_ text: String) { item?.characters(text) }
}
