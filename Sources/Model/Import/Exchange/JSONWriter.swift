import ModelCore

/// Writes JSON values as text, escaping strings per RFC 8259 while leaving non-ASCII and `/` as they are.
enum JSONWriter {
    /// A field value: null, a string, a number as written, or a one-line array of strings.
    static func value(_ value: FieldValue) -> String {
        switch value {
        case .null: "null"
        case .string(let text): string(text)
        case .number(let lexeme): lexeme
        case .list(let items): "[" + items.map(string).joined(separator: ", ") + "]"
        }
    }

    /// A quoted string. Escapes `"`, `\`, control characters (C0, DEL, C1), U+2028/U+2029 (line breaks
    /// to JavaScript) and the bidirectional controls: the text is the same, and the file is safe to
    /// print on a terminal.
    static func string(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\u{08}": out.append(contentsOf: "\\b".unicodeScalars)
            case "\u{0C}": out.append(contentsOf: "\\f".unicodeScalars)
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}",
                _ where SafeText.isBidiControl(scalar):
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default: out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }
}
