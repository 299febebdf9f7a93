import ModelCore

/// Wraps text for the screen: control characters escaped, then wrapped by display width.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        DisplayWidth.wrap(SafeText.line(text), to: width)
    }
}
