/// A cell's place as a sheet names it (`B3`, `XFD1048576`): 0-based column, Excel's 1-based row.
struct XLSXCellReference: Equatable {
    /// Excel's last column, XFD, 0-based.
    static let lastColumn = 16383
    /// Excel's last row.
    static let lastRow = 1_048_576

    var column: Int
    var row: Int

    /// Reads `B3` (also `$B$3`, as a formula writes it); nil unless it names a cell within Excel's sheet.
    init?(_ text: Substring) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard digits > 0, column - 1 <= Self.lastColumn, (1...Self.lastRow).contains(row) else { return nil }
        self.column = column - 1
        self.row = row
    }

    init?(_ text: String) { self.init(Substring(text)) }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `B3`.
    var name: String { CellRow.columnName(column) + "\(row)" }
}

/// A range of cells (`A3:F3`), as a merge names it: its first and last cell.
struct XLSXCellRange: Equatable {
    var first: XLSXCellReference
    var last: XLSXCellReference

    /// Reads `A3:F3`, either corner first; a single cell (`A3`) is a range of one.
    init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count <= 2, let one = XLSXCellReference(corners[0]), let other = XLSXCellReference(corners.last ?? corners[0]) else {
            return nil
        }
        first = XLSXCellReference(column: min(one.column, other.column), row: min(one.row, other.row))
        last = XLSXCellReference(column: max(one.column, other.column), row: max(one.row, other.row))
    }

    var columns: ClosedRange<Int> { first.column...last.column }
    var rows: ClosedRange<Int> { first.row...last.row }
}
