import Foundation

/// A CSV cell that holds a list (`区财政局、各乡镇`): its items, split at 、 and trimmed of
/// spaces, empty ones left out.
///
/// An import splits five such cells a row, so the cell is split on its UTF-8 bytes; a cell where
/// a 、 might join the character beside it into one (a combining mark after it) is split as
/// characters, which is what the bytes' split gives everywhere else.
enum CSVListCell {
    private static let separator: [UInt8] = Array(String(TaskCSV.listSeparator).utf8)

    static func items(_ cell: String) -> [String] {
        var cell = cell
        return cell.withUTF8(splitBytes) ?? splitCharacters(cell)
    }

    /// The items as `String.split` on the separator character gives them, then trimmed.
    private static func splitCharacters(_ cell: String) -> [String] {
        cell.split(separator: TaskCSV.listSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The items, or nil when a separator stands beside a character it might join.
    private static func splitBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var items: [String] = []
        var start = 0, index = 0
        let count = bytes.count
        while index + 2 < count {
            guard bytes[index] == separator[0], bytes[index + 1] == separator[1], bytes[index + 2] == separator[2] else {
                index += 1
                continue
            }
            if index > 0, !isPlainNeighbour(scalar(endingAt: index, in: bytes)) { return nil }
            if index + 3 < count, !isPlainNeighbour(scalar(startingAt: index + 3, in: bytes)) { return nil }
            append(UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &items)
            index += 3
            start = index
        }
        append(UnsafeBufferPointer(rebasing: bytes[start..<count]), to: &items)
        return items
    }

    private static func append(_ piece: UnsafeBufferPointer<UInt8>, to items: inout [String]) {
        guard !piece.isEmpty else { return }
        let text = String(decoding: piece, as: UTF8.self)
        let first = text.unicodeScalars.first!, last = text.unicodeScalars.last!
        guard isSpace(first) || isSpace(last) else { return items.append(text) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { items.append(trimmed) }
    }

    /// What `CharacterSet.whitespaces` holds: spaces (Zs) and the tab, told without a lookup of
    /// the scalar's category for the letters and ideographs nearly every item begins and ends with.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0: true
        case 0x21..<0x80, 0x3001..<0xFEFF: false
        default: scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// A character that cannot form one grapheme with a 、 beside it: printable ASCII, or CJK
    /// and full-width forms that are no mark, format character or modifier.
    private static func isPlainNeighbour(_ scalar: Unicode.Scalar) -> Bool {
        if (0x21...0x7E).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) { return true }  // ASCII, or a Han ideograph (Lo)
        guard (0x3000...0xD7FF).contains(scalar.value) || (0xF900...0xFFEF).contains(scalar.value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierLetter, .modifierSymbol: return false
        default: return true
        }
    }

    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    private static func scalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }
}
