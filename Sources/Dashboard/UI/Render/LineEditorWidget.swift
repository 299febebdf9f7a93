import ModelCore

/// A line being typed, with its cursor drawn as a reversed cell; the text scrolls left so the
/// cursor stays within `width` columns.
enum LineEditorWidget {
    static func draw(_ line: LineEditor, x: Int, y: Int, width: Int, into grid: inout Grid) {
        guard width > 0 else { return }
        var before = line.text.prefix(line.cursor)
        while DisplayWidth.of(String(before)) > width - 2, !before.isEmpty { before.removeFirst() }
        var column = x + grid.write(String(before), x: x, y: y, role: .normal, limit: width)
        let under = line.cursor < line.text.count ? String(line.text[line.cursor]) : " "
        column += grid.write(under, x: column, y: y, role: .selected, limit: x + width - column)
        grid.write(String(line.text.dropFirst(line.cursor + 1)), x: column, y: y, role: .normal, limit: max(0, x + width - column))
    }
}
