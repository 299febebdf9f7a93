import ModelCore

/// One CSV record: its fields and the physical line it starts on.
package struct CSVRow: Equatable {
    var line: Int
    var fields: [String]
}

/// Reads RFC 4180 CSV: fields quoted or not, doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends.
enum CSVReader {
    private enum State {
        /// Nothing read yet of the current field.
        case fieldStart
        case unquoted
        case quoted
        /// Just past a quoted field's closing quote.
        case afterQuoted
    }

    static func rows(in text: String, file: String) throws(LocatedError) -> [CSVRow] {
        let scalars = Array(text.unicodeScalars)
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            index += 1
            if state == .quoted {
                if scalar == "\"" && next == "\"" {
                    field.append(scalar)
                    index += 1
                } else if scalar == "\"" {
                    state = .afterQuoted
                } else {
                    if scalar == "\n" || (scalar == "\r" && next != "\n") { line += 1 }
                    field.append(scalar)
                }
            } else if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                state = .fieldStart
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r" && next == "\n" { index += 1 }
                fields.append(String(field))
                rows.append(CSVRow(line: rowLine, fields: fields))
                fields = []
                field = String.UnicodeScalarView()
                state = .fieldStart
                line += 1
                rowLine = line
            } else if state == .afterQuoted {
                throw LocatedError(file: file, line: line, message: "unexpected text after a closing quote")
            } else if scalar == "\"" && state == .fieldStart {
                state = .quoted
                quoteLine = line
            } else {
                field.append(scalar)
                state = .unquoted
            }
        }
        if state == .quoted {
            throw LocatedError(file: file, line: quoteLine, message: "quoted field is never closed")
        }
        if state != .fieldStart || !fields.isEmpty {
            fields.append(String(field))
            rows.append(CSVRow(line: rowLine, fields: fields))
        }
        return rows
    }
}
