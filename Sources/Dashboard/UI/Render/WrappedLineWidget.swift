import ModelCore

/// A long line being typed, wrapped over several rows at any character (Chinese has no spaces to
/// break at), with its cursor drawn as a reversed cell. At most `maxRows` rows show; the rows
/// scroll so the cursor's row is among them.
enum WrappedLineWidget {
    /// Where each row of `text` starts, wrapped to `width` columns, with room at the end for the
    /// cursor after the last character (a full last row gets an empty row after it).
    static func rowStarts(_ text: [Character], width: Int) -> [Int] {
        guard width > 1 else { return [0] }
        var starts = [0]
        var used = 0
        for (index, character) in text.enumerated() {
            let cells = max(1, DisplayWidth.of(String(character)))
            if used + cells > width {
                starts.append(index)
                used = 0
            }
            used += cells
        }
        if used >= width { starts.append(text.count) }
        return starts
    }

    /// Rows the line takes wrapped to `width`, at most `maxRows`.
    static func rows(_ line: LineEditor, width: Int, maxRows: Int) -> Int {
        min(maxRows, rowStarts(line.text, width: width).count)
    }

    /// Draws the line at (`x`, `y`), `width` columns and up to `maxRows` rows; with `cursor`
    /// false (the field does not have the keyboard), the text alone.
    static func draw(_ line: LineEditor, cursor: Bool, x: Int, y: Int, width: Int, maxRows: Int, into grid: inout Grid) {
        let starts = rowStarts(line.text, width: width)
        let cursorRow = starts.lastIndex { $0 <= line.cursor } ?? 0
        let first = max(0, min(cursorRow - maxRows + 1, starts.count - maxRows))
        for row in first..<min(starts.count, first + maxRows) {
            let end = row + 1 < starts.count ? starts[row + 1] : line.text.count
            var column = x
            for index in starts[row]..<end {
                let role: StyleRole = cursor && index == line.cursor ? .selected : .normal
                column += grid.write(String(line.text[index]), x: column, y: y + row - first, role: role, limit: x + width - column)
            }
            if cursor, line.cursor == line.text.count, row == cursorRow {
                grid.write(" ", x: column, y: y + row - first, role: .selected)
            }
        }
    }
}
