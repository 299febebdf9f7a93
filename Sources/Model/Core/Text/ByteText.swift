/// Questions about raw file bytes before they become text: are they UTF-8, and on which line is a byte.
package enum ByteText {
    /// The offset of the first byte that is not part of well-formed UTF-8, or nil when all of them are.
    package static func invalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// The 1-based line of the byte at `offset`, counting LF bytes before it.
    package static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].count(where: { $0 == 0x0A }) + 1
    }
}
