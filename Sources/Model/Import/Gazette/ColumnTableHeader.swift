/// The header row of a task table in `pdftotext -layout` text: its header words, each with the
/// column it names and the positions it covers. The row may wrap over up to three lines (`责任` over
/// `单位`, with the one-line words printed on the middle line), one blank line apart at most; a
/// word may be printed spaced out (`序 号`). Every text on those lines must be a header word
/// (TaskTableColumn.headerWords), and the row must name a task column and a unit column.
struct ColumnTableHeader {
    /// One header word.
    struct Cell {
        var column: TaskTableColumn
        var start: Int
        var end: Int
    }

    /// The header words, left to right.
    let cells: [Cell]
    /// The index of the line after the header's last line.
    let end: Int

    var columns: [TaskTableColumn] { cells.map(\.column) }

    /// The header row whose first line is `lines[index]`, if one begins there.
    static func find(in lines: [LayoutLine], at index: Int) -> ColumnTableHeader? {
        guard index < lines.count, !lines[index].isBlank else { return nil }
        var window = [index]
        var next = index + 1
        while window.count < 3, next < lines.count, next - window.last! <= 2 {
            if !lines[next].isBlank { window.append(next) }
            next += 1
        }
        for count in stride(from: window.count, through: 1, by: -1) {
            let used = window.prefix(count)
            guard let cells = cells(of: used.map { lines[$0] }) else { continue }
            let columns = Set(cells.map(\.column))
            if columns.contains(.task), !columns.isDisjoint(with: [.leadUnits, .responsibleUnits]) {
                return ColumnTableHeader(cells: cells, end: used.last! + 1)
            }
        }
        return nil
    }

    /// The header words of `lines` read as one row, or nil if any text there is not a header word.
    /// Text stands in one cell where the lines' printed positions run together (one-space gaps included).
    private static func cells(of lines: [LayoutLine]) -> [Cell]? {
        let width = lines.map(\.characters.count).max() ?? 0
        var printed = [Bool](repeating: false, count: width + 1)
        for token in lines.flatMap(\.tokens) {
            for position in token.start..<token.end { printed[position] = true }
        }
        var cells: [Cell] = []
        var start = 0
        while start < width {
            guard printed[start] else {
                start += 1
                continue
            }
            var end = start + 1
            while end < width, printed[end] || printed[end + 1] { end += 1 }
            guard let found = words(in: start..<end, of: lines) else { return nil }
            cells += found
            start = end
        }
        return cells
    }

    /// The header words printed within `range`: several on one line, or one over several lines.
    private static func words(in range: Range<Int>, of lines: [LayoutLine]) -> [Cell]? {
        let parts = lines.map { line in (line: line, tokens: line.tokens.filter { range.contains($0.start) }) }
            .filter { !$0.tokens.isEmpty }
        let text = parts.flatMap { part in part.tokens.flatMap { part.line.characters[$0.start..<$0.end] } }
        guard text.count <= 60, let words = segment(text) else { return nil }
        if parts.count > 1 {
            guard words.count == 1 else { return nil }
            return [Cell(column: words[0].column, start: range.lowerBound, end: range.upperBound)]
        }
        let positions = parts[0].tokens.flatMap { $0.start..<$0.end }
        return words.map { Cell(column: $0.column, start: positions[$0.offset], end: positions[$0.offset + $0.length - 1] + 1) }
    }

    /// `text` as a sequence of header words, if it is one.
    private static func segment(_ text: [Character]) -> [(offset: Int, length: Int, column: TaskTableColumn)]? {
        let words = TaskTableColumn.headerWords.map { (Array($0.word), $0.column) }
        var found: [[(offset: Int, length: Int, column: TaskTableColumn)]?] = Array(repeating: nil, count: text.count + 1)
        found[0] = []
        for offset in 0..<text.count {
            guard let before = found[offset] else { continue }
            for (word, column) in words where offset + word.count <= text.count && found[offset + word.count] == nil {
                if Array(text[offset..<(offset + word.count)]) == word {
                    found[offset + word.count] = before + [(offset, word.count, column)]
                }
            }
        }
        return text.isEmpty ? nil : found[text.count]
    }
}
