/// Text from documents and users made safe for a terminal: control characters (C0, DEL, C1)
/// and bidirectional controls (overrides, embeddings, isolates, marks) are shown escaped
/// (`\u{1B}`), never sent raw.
public enum SafeText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text quoted in a message, cut to a readable length: a pasted page stays out of the report.
    public static func excerpt(_ text: String, limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…（共\(text.count)字）"
    }

    /// One line: newlines and tabs become spaces before escaping the rest.
    public static func line(_ text: String) -> String {
        escaped(String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 && v != 0x0A && v != 0x09 || (0x7F...0x9F).contains(v) || isBidiControl(scalar)
    }

    /// The bidirectional formatting characters, which reorder what a terminal shows (Trojan Source).
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
