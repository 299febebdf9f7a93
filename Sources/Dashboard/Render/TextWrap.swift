import Model

/// Wraps text to a width in display columns; a wide character is never split.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var used = 0
        for character in SafeText.line(text) {
            let w = DisplayWidth.of(character)
            if used + w > width, !current.isEmpty {
                lines.append(current)
                current = ""
                used = 0
                if character == " " { continue }
            }
            current.append(character)
            used += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
