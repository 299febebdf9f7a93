import ModelCore

/// One CSV record: its fields and the physical line it starts on.
package struct CSVRow: Equatable {
    var line: Int
    var fields: [String]
}

/// Reads RFC 4180 CSV: fields quoted or not, doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends.
enum CSVReader {
    /// Every row of `text` at once: for a table a person typed.
    static func rows(in text: String, file: String) throws(LocatedError) -> [CSVRow] {
        var parser = CSVParser(WholeText(text), file: file)
        var rows: [CSVRow] = []
        while let row = try parser.next() { rows.append(row) }
        return rows
    }
}

/// Reads CSV a row at a time from UTF-8 text given in chunks, holding only the chunk the row
/// is in (and the next, when a row runs across the end of one).
///
/// The separators, quotes and line ends are ASCII, which no byte of a multi-byte UTF-8 sequence
/// is, so the bytes are split as they come and each field is decoded once.
struct CSVParser<Text: UTF8Chunks> {
    private enum State {
        /// Nothing read yet of the current field.
        case fieldStart
        case unquoted
        case quoted
        /// Just past a quoted field's closing quote.
        case afterQuoted
    }

    /// A row read, or the row from `position` runs past what the buffer holds.
    private enum Scan {
        case row(CSVRow)
        case needsMore
        case end
    }

    /// Where the text comes from.
    private(set) var text: Text
    private let file: String
    private var buffer: [UInt8] = []
    /// Where the next row starts in `buffer`.
    private var position = 0
    private var textEnded = false
    /// The physical line the next row starts on.
    private var line = 1
    /// How many fields the last row had: room for as many in the next.
    private var fieldCount = 0

    init(_ text: Text, file: String) {
        self.text = text
        self.file = file
    }

    /// The next row, or nil at the end of the text.
    mutating func next() throws(LocatedError) -> CSVRow? {
        while true {
            let (scan, end, nextLine) = try self.scan()
            switch scan {
            case .row(let row):
                position = end
                line = nextLine
                fieldCount = row.fields.count
                return row
            case .end: return nil
            case .needsMore:
                buffer.removeFirst(position)
                position = 0
                textEnded = try !text.nextChunk(appendingTo: &buffer)
            }
        }
    }

    /// Reads the row at `position`; at the buffer's end it asks for more unless the text has ended.
    /// Returns where the row read ends in `buffer` and the line after it.
    private func scan() throws(LocatedError) -> (Scan, end: Int, line: Int) {
        let count = buffer.count
        let rowLine = line
        if position == count { return (textEnded ? .end : .needsMore, position, rowLine) }
        var fields: [String] = []
        fields.reserveCapacity(fieldCount)
        var state = State.fieldStart
        var line = rowLine
        var quoteLine = line
        var fieldStart = position
        var hasDoubledQuote = false
        var index = position
        let textEnded = self.textEnded
        let file = self.file
        return try buffer.withUnsafeBufferPointer { bytes -> Result<(Scan, end: Int, line: Int), LocatedError> in
            func field(_ end: Int) -> String {
                if state == .afterQuoted {
                    // The text between the quotes, doubled quotes undoubled.
                    let inner = UnsafeBufferPointer(rebasing: bytes[(fieldStart + 1)..<(end - 1)])
                    guard hasDoubledQuote else { return String(decoding: inner, as: UTF8.self) }
                    var unquoted: [UInt8] = []
                    unquoted.reserveCapacity(inner.count)
                    var skip = false
                    for byte in inner {
                        if skip {
                            skip = false
                            continue
                        }
                        unquoted.append(byte)
                        skip = byte == UInt8(ascii: "\"")
                    }
                    return String(decoding: unquoted, as: UTF8.self)
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self)
            }
            while index < count {
                let byte = bytes[index]
                switch state {
                case .quoted:
                    if byte == UInt8(ascii: "\"") {
                        guard index + 1 < count || textEnded else { return .success((.needsMore, position, rowLine)) }
                        if index + 1 < count && bytes[index + 1] == UInt8(ascii: "\"") {
                            hasDoubledQuote = true
                            index += 2
                        } else {
                            state = .afterQuoted
                            index += 1
                        }
                        continue
                    }
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                    } else if byte == UInt8(ascii: "\r") {
                        guard index + 1 < count || textEnded else { return .success((.needsMore, position, rowLine)) }
                        if index + 1 == count || bytes[index + 1] != UInt8(ascii: "\n") { line += 1 }
                    }
                    index += 1
                case .fieldStart, .unquoted, .afterQuoted:
                    if byte == UInt8(ascii: ",") {
                        fields.append(field(index))
                        state = .fieldStart
                        index += 1
                        fieldStart = index
                        hasDoubledQuote = false
                    } else if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                        var end = index + 1
                        if byte == UInt8(ascii: "\r") {
                            guard end < count || textEnded else { return .success((.needsMore, position, rowLine)) }
                            if end < count && bytes[end] == UInt8(ascii: "\n") { end += 1 }
                        }
                        fields.append(field(index))
                        return .success((.row(CSVRow(line: rowLine, fields: fields)), end, line + 1))
                    } else if state == .afterQuoted {
                        return .failure(LocatedError(file: file, line: line, message: "unexpected text after a closing quote"))
                    } else if byte == UInt8(ascii: "\"") && state == .fieldStart {
                        state = .quoted
                        quoteLine = line
                        index += 1
                    } else {
                        state = .unquoted
                        index += 1
                    }
                }
            }
            guard textEnded else { return .success((.needsMore, position, rowLine)) }
            if state == .quoted {
                return .failure(LocatedError(file: file, line: quoteLine, message: "quoted field is never closed"))
            }
            fields.append(field(count))
            return .success((.row(CSVRow(line: rowLine, fields: fields)), count, line))
        }.get()
    }
}
