/// The escapes a JSON string and a TOML basic string share: `\"`, `\\`, `\b \f \n \r \t`, and
/// `\u00XX` (lowercase hex, as `JSONEncoder` writes it) for the other C0 control characters and
/// whatever else `alsoEscaped` names; every other scalar is kept as it is.
public enum QuotedStringEscapes {
    public static func append(_ string: String, to text: inout String, alsoEscaped: (Unicode.Scalar) -> Bool = { _ in false }) {
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || alsoEscaped(scalar):
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
