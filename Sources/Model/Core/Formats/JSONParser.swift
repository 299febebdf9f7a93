/// Parses RFC 8259 JSON from well-formed UTF-8, remembering the line each value starts on.
package struct JSONParser {
    /// Deeper nesting is refused rather than risking the stack.
    private static let maxDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1

    /// The single value the bytes hold; a leading byte-order mark is skipped.
    package static func parse(_ bytes: [UInt8], file: String) throws(LocatedError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        let node = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private mutating func value(depth: Int) throws(LocatedError) -> JSONNode {
        guard depth < Self.maxDepth else { throw error("nested deeper than \(Self.maxDepth) levels") }
        skipWhitespace()
        let start = line
        guard let byte = peek() else { throw error("unexpected end of file") }
        switch byte {
        case UInt8(ascii: "{"): return JSONNode(value: .object(try members(depth: depth)), line: start)
        case UInt8(ascii: "["): return JSONNode(value: .array(try elements(depth: depth)), line: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), line: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(value: .bool(true), line: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(value: .bool(false), line: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(value: .null, line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try number()), line: start)
        default: throw error("unexpected character")
        }
    }

    private mutating func members(depth: Int) throws(LocatedError) -> [JSONNode.Member] {
        index += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error(expected: "a quoted key") }
            let keyLine = line
            let key = try string()
            skipWhitespace()
            try expect(":")
            members.append(JSONNode.Member(key: key, line: keyLine, value: try value(depth: depth + 1)))
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                return members
            }
            try expect(",")
        }
    }

    private mutating func elements(depth: Int) throws(LocatedError) -> [JSONNode] {
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            try expect(",")
        }
    }

    private mutating func string() throws(LocatedError) -> String {
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("unexpected end of file inside a string") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"): utf8 += try escape().utf8
            case ..<0x20: throw error("control character inside a string; write it as an escape such as \\n")
            default: utf8.append(byte)
            }
        }
    }

    /// The character an escape stands for, the backslash already read.
    private mutating func escape() throws(LocatedError) -> String {
        guard let byte = peek() else { throw error("unexpected end of file inside a string") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex4()
            if (0xD800..<0xDC00).contains(unit), bytes[index...].starts(with: Array("\\u".utf8)) {
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                return String(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
            }
            guard let scalar = Unicode.Scalar(unit) else { throw error("unpaired surrogate in \\u escape") }
            return String(scalar)
        default: throw error("unknown escape \\\(Character(Unicode.Scalar(byte)))")
        }
    }

    private mutating func hex4() throws(LocatedError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(expected: "four hex digits after \\u") }
        var unit: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error(expected: "four hex digits after \\u")
            }
            unit = unit << 4 | UInt32(digit)
        }
        index += 4
        return unit
    }

    /// A number's text, checked against the RFC 8259 grammar.
    private mutating func number() throws(LocatedError) -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() > 0 else { throw error(expected: "a digit") }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error(expected: "a digit after the decimal point") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error(expected: "a digit in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Skips ASCII digits and says how many there were.
    private mutating func digits() -> Int {
        let start = index
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String) throws(LocatedError) {
        guard bytes[index...].starts(with: Array(word.utf8)) else { throw error("unexpected character") }
        index += word.utf8.count
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(LocatedError) {
        guard peek() == UInt8(ascii: character) else { throw error(expected: "\"\(character)\"") }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
            if byte == 0x0A { line += 1 }
            index += 1
        }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func error(_ message: String) -> LocatedError {
        LocatedError(file: file, line: line, message: "invalid JSON: \(message)")
    }

    private func error(expected: String) -> LocatedError {
        error(peek() == nil ? "unexpected end of file, expected \(expected)" : "expected \(expected)")
    }
}
