import Foundation
import ModelCore

/// Writes JSON values as text, escaping strings per RFC 8259 while leaving non-ASCII and `/` as they are.
package enum JSONWriter {
    /// The value as a file or a command's output: UTF-8, ending with a newline.
    package static func document(_ value: JSONValue) -> Data {
        Data((text(value) + "\n").utf8)
    }

    /// The value, indented by two spaces a level: an object has one member a line, an array of
    /// objects or arrays one element a line, an array of strings, numbers and the like is one line
    /// (`["甲", "乙"]`). `depth` is the level the value starts at, inside others.
    package static func text(_ value: JSONValue, depth: Int = 0) -> String {
        let indent = String(repeating: "  ", count: depth + 1)
        let closing = "\n" + String(repeating: "  ", count: depth)
        switch value {
        case .null: return "null"
        case .bool(let truth): return truth ? "true" : "false"
        case .number(let lexeme): return lexeme
        case .string(let content): return string(content)
        case .array(let elements) where elements.allSatisfy(\.isScalar):
            return "[" + elements.map { text($0) }.joined(separator: ", ") + "]"
        case .array(let elements):
            return "[\n" + elements.map { indent + text($0, depth: depth + 1) }.joined(separator: ",\n") + closing + "]"
        case .object(let members) where members.isEmpty:
            return "{}"
        case .object(let members):
            let lines = members.map { indent + string($0.key) + ": " + text($0.value, depth: depth + 1) }
            return "{\n" + lines.joined(separator: ",\n") + closing + "}"
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

extension JSONValue {
    /// Neither an array nor an object: what an array lists on one line.
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
