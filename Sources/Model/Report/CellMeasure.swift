import ModelCore

/// How much room a ledger cell's text takes, measured scalar by scalar in one pass (a 台账 of
/// 100 000 tasks measures some two million cells): its widest line, and the lines it wraps to in
/// a column of a given width. Widths are display columns, a Chinese character two.
enum CellMeasure {
    /// The display width of the text's widest line.
    static func widestLine(_ text: String) -> Int {
        var widest = 0, line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, line)
                line = 0
            } else {
                line += DisplayWidth.of(scalar)
            }
        }
        return max(widest, line)
    }

    /// The lines the text takes wrapped at `width`: each of its lines, at least one, cut into
    /// pieces of `width`.
    static func wrappedLines(_ text: String, width: Int) -> Int {
        let width = max(1, width)
        var lines = 0, line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines += max(1, (line + width - 1) / width)
                line = 0
            } else {
                line += DisplayWidth.of(scalar)
            }
        }
        return lines + max(1, (line + width - 1) / width)
    }
}
