/// Reads one line of the config file's TOML subset, character by character.
struct ConfigLineReader {
    /// What is wrong with the line; the caller adds the file and line.
    struct Problem: Error {
        var message: String
    }

    let characters: [Character]
    private var position = 0
    /// Where the last entry's value is written, quotes included: what renaming a view rewrites.
    private(set) var valueRange: Range<Int>?

    init(characters: [Character]) {
        self.characters = characters
    }

    var atEnd: Bool { position >= characters.count }
    var peek: Character? { atEnd ? nil : characters[position] }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { position += 1 }
    }

    /// `[[view]]`, spaces allowed inside the brackets, the only table the file may have.
    mutating func viewHeader() throws(Problem) {
        let header = ConfigLineReader.trimmed(characters[position...].prefix { $0 != "#" })
        let inner = header.hasPrefix("[[") && header.hasSuffix("]]") ? header.dropFirst(2).dropLast(2) : nil
        guard let inner, ConfigLineReader.trimmed(inner) == "view" else {
            throw Problem(message: "unknown table “\(header)”: the only table is [[view]]")
        }
    }

    /// `key = value`, then nothing but spaces and perhaps a comment.
    mutating func entry() throws(Problem) -> (String, ConfigValue) {
        let start = position
        while let c = peek, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" { position += 1 }
        let key = String(characters[start..<position])
        skipSpaces()
        guard !key.isEmpty, peek == "=" else {
            throw Problem(message: "expected key = value, not “\(ConfigLineReader.trimmed(characters))”")
        }
        position += 1
        skipSpaces()
        let valueStart = position
        let value: ConfigValue
        switch peek {
        case "\"": value = .string(try basicString())
        case "'": value = .string(try literalString())
        default:
            let raw = ConfigLineReader.trimmed(characters[position...].prefix { $0 != "#" })
            guard !raw.isEmpty else { throw Problem(message: "\(key) = needs a value") }
            position += raw.count
            value = raw == "true" ? .bool(true) : raw == "false" ? .bool(false) : .other(raw)
        }
        valueRange = valueStart..<position
        skipSpaces()
        guard atEnd || peek == "#" else {
            throw Problem(message: "unexpected “\(String(characters[position...]))” after the value")
        }
        return (key, value)
    }

    private mutating func basicString() throws(Problem) -> String {
        try refuseMultiLine("\"")
        position += 1
        var result = ""
        while let c = peek {
            position += 1
            switch c {
            case "\"": return result
            case "\\": result.unicodeScalars.append(try escape())
            default:
                try refuseControl(c)
                result.append(c)
            }
        }
        throw Problem(message: "unclosed string")
    }

    private mutating func literalString() throws(Problem) -> String {
        try refuseMultiLine("'")
        position += 1
        var result = ""
        while let c = peek {
            position += 1
            if c == "'" { return result }
            try refuseControl(c)
            result.append(c)
        }
        throw Problem(message: "unclosed string")
    }

    /// After a backslash: \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX.
    private mutating func escape() throws(Problem) -> Unicode.Scalar {
        guard let c = peek else { throw Problem(message: "unclosed string") }
        position += 1
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let digits = String(characters[position...].prefix(c == "u" ? 4 : 8))
            guard digits.count == (c == "u" ? 4 : 8), let value = UInt32(digits, radix: 16),
                let scalar = Unicode.Scalar(value)
            else {
                throw Problem(message: "invalid escape “\\\(c)\(digits)”")
            }
            position += digits.count
            return scalar
        default:
            throw Problem(message: "invalid escape “\\\(c)”")
        }
    }

    private func refuseMultiLine(_ quote: Character) throws(Problem) {
        if characters[position...].starts(with: [quote, quote, quote]) {
            throw Problem(message: "multi-line strings are not supported here")
        }
    }

    /// Without leading and trailing spaces and tabs.
    private static func trimmed(_ text: some BidirectionalCollection<Character>) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    private func refuseControl(_ c: Character) throws(Problem) {
        if c != "\t", c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw Problem(message: "control character in a string: write it as an escape")
        }
    }
}
