import ModelCore

/// Reads the task table's list columns, JSON arrays of strings such as `["发改局","财政局"]`,
/// without Foundation's JSONDecoder, which costs more than the rest of a row put together.
///
/// The fast path reads lists of plain strings; a column with an escape (`\"`, `\u…`) goes to
/// the full `JSONParser`. Anything that is not a JSON array of strings gives nil.
enum StringListColumn {
    static func decode(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { decode($0) { String(decoding: $0, as: UTF8.self) } }
    }

    /// The column's list as `decode` reads it, each plain string made by `element` from its bytes
    /// (the bytes between the quotes, valid only during the call), so that a caller can share the
    /// strings it has met before without making them again.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, element: (UnsafeBufferPointer<UInt8>) -> String) -> [String]? {
        var reader = Reader(bytes: bytes)
        return reader.list(element: element) ?? withEscapes(String(decoding: bytes, as: UTF8.self))
    }

    /// The rare column whose strings hold escapes, read by the full JSON parser.
    private static func withEscapes(_ text: String) -> [String]? {
        guard let node = try? JSONParser.parse(Array(text.utf8), file: "column"), case .array(let items) = node.value else {
            return nil
        }
        var list: [String] = []
        for item in items {
            guard case .string(let string) = item.value else { return nil }
            list.append(string)
        }
        return list
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func list(element: (UnsafeBufferPointer<UInt8>) -> String) -> [String]? {
            skipWhitespace()
            guard take(UInt8(ascii: "[")) else { return nil }
            var list: [String] = []
            skipWhitespace()
            if !take(UInt8(ascii: "]")) {
                repeat {
                    skipWhitespace()
                    guard let string = string() else { return nil }
                    list.append(element(string))
                    skipWhitespace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "]")) else { return nil }
            }
            skipWhitespace()
            return index == bytes.count ? list : nil
        }

        /// The bytes of a string without escapes, between its quotes.
        private mutating func string() -> UnsafeBufferPointer<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    defer { index += 1 }
                    return UnsafeBufferPointer(rebasing: bytes[start..<index])
                case UInt8(ascii: "\\"), 0..<0x20:
                    return nil
                default:
                    index += 1
                }
            }
            return nil
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
