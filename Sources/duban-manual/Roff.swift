/// Text as a man(7) source line shows it: backslashes escaped, a leading dot or apostrophe kept from
/// being read as a request, and a break point (`\:`) beside each wide character, since groff breaks
/// lines only at spaces and Chinese has none.
enum Roff {
    static func text(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for character in text {
            if let previous, !previous.isWhitespace, !character.isWhitespace, isWide(previous) || isWide(character) {
                out += #"\:"#
            }
            switch character {
            case "\\": out += #"\e"#
            case "-": out += #"\-"#
            default: out.append(character)
            }
            previous = character
        }
        return out.first == "." || out.first == "'" ? #"\&"# + out : out
    }

    /// CJK ideographs, their punctuation, kana, hangul and the full-width forms.
    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x2E80...0x9FFF).contains(scalar) || (0xAC00...0xD7AF).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFFEF).contains(scalar)
    }
}
