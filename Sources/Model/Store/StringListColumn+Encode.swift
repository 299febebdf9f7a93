import ModelCore

extension StringListColumn {
    /// The column text for `list`: byte for byte what `JSONEncoder` with `.withoutEscapingSlashes`
    /// writes (the store's format so far), at a fraction of its cost, which an import pays five
    /// times a task. Quotes, backslashes and control characters are escaped, all else kept as is.
    static func encode(_ list: [String]) -> String {
        var text = "["
        for (index, string) in list.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            if string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                QuotedStringEscapes.append(string, to: &text)
            } else {
                text += string
            }
            text += "\""
        }
        text += "]"
        return text
    }
}
