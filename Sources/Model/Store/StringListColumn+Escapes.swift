extension StringListColumn {
    /// The rare column whose strings hold escapes (`\"`, `\n`, `\u4E2D`, a surrogate pair): read
    /// scalar by scalar, as strictly as the fast path (no trailing comma, nothing after the `]`,
    /// no lone surrogate, no raw control character).
    static func withEscapes(_ text: String) -> [String]? {
        var reader = EscapedReader(scalars: Array(text.unicodeScalars))
        return reader.list()
    }

    private struct EscapedReader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func list() -> [String]? {
            skipWhitespace()
            guard take("[") else { return nil }
            var list: [String] = []
            skipWhitespace()
            if !take("]") {
                repeat {
                    skipWhitespace()
                    guard let string = string() else { return nil }
                    list.append(string)
                    skipWhitespace()
                } while take(",")
                guard take("]") else { return nil }
            }
            skipWhitespace()
            return index == scalars.count ? list : nil
        }

        private mutating func string() -> String? {
            guard take("\"") else { return nil }
            var out = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"": return String(out)
                case "\\":
                    guard let escaped = escape() else { return nil }
                    out.append(escaped)
                case _ where scalar.value < 0x20: return nil
                default: out.append(scalar)
                }
            }
            return nil
        }

        private mutating func escape() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            let letter = scalars[index]
            index += 1
            switch letter {
            case "\"", "\\", "/": return letter
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "u":
                guard let high = hex4() else { return nil }
                guard (0xD800..<0xDC00).contains(high) else { return (0xDC00..<0xE000).contains(high) ? nil : Unicode.Scalar(high) }
                guard take("\\"), take("u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            default: return nil
            }
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= scalars.count else { return nil }
            var value: UInt32 = 0
            for scalar in scalars[index..<(index + 4)] {
                guard scalar.isASCII, let digit = Character(scalar).hexDigitValue else { return nil }
                value = value * 16 + UInt32(digit)
            }
            index += 4
            return value
        }

        private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        private mutating func skipWhitespace() {
            while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
        }
    }
}
