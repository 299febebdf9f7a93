import ModelCore

/// A string written for the config file as `ConfigLineReader` reads it back: a basic string in
/// double quotes, `"` and `\` escaped, control characters (C0, DEL, C1) as escapes; everything
/// else, Chinese and full-width forms included, as it is.
enum ConfigString {
    static func quoted(_ text: String) -> String {
        var result = "\""
        QuotedStringEscapes.append(text, to: &result) { $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
        return result + "\""
    }
}
