/// A line of `pdftotext -layout` text measured in character positions (pdftotext counts a CJK
/// character as one position, like any other), split into tokens: the runs of text between spaces.
struct LayoutLine {
    /// A run of non-space characters covering the positions `start..<end`.
    struct Token {
        var start: Int
        var end: Int
        /// It begins the line or follows two spaces or more: where a cell's text may begin.
        var afterGap: Bool
    }

    let source: SourceLine
    /// The line began with a form feed, pdftotext's mark of a new page (not counted as a position).
    let startsPage: Bool
    let characters: [Character]
    let tokens: [Token]

    init(_ source: SourceLine) {
        self.source = source
        startsPage = source.text.first == "\u{0C}"
        characters = Array(source.text.drop { $0 == "\u{0C}" })
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            guard !characters[index].isWhitespace else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, !characters[index].isWhitespace { index += 1 }
            let afterGap = tokens.last.map { start - $0.end >= 2 } ?? true
            tokens.append(Token(start: start, end: index, afterGap: afterGap))
        }
        self.tokens = tokens
    }

    var number: Int { source.number }
    var isBlank: Bool { tokens.isEmpty }

    /// The text printed at positions `start..<end`.
    func text(_ start: Int, _ end: Int) -> String { String(characters[start..<end]) }

    /// The line without its leading and trailing spaces.
    var trimmed: String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return text(first.start, last.end)
    }
}

/// Where each column of one page of a table begins, and the cutting of the page's lines into them.
///
/// A header word is centred or left-aligned over its column, so a column's text begins at or left
/// of its header word, but right of the previous header word: the column begins where most of its
/// lines' text begins between those two (a token that begins a line or follows a wider gap), less
/// two positions, since a cell's line may begin up to two positions left of the others. A column
/// no line begins in is bounded by the midpoint between the two header words.
struct ColumnLayout {
    /// The text of one line in one column: its tokens from the first to the last, as printed.
    struct Fragment {
        /// The column's place in the header, from 0 at the left.
        var index: Int
        var column: TaskTableColumn
        var line: SourceLine
    }

    let columns: [TaskTableColumn]
    /// `boundaries[i]` is the first position of column `i + 1`.
    let boundaries: [Int]

    init(header: ColumnTableHeader, body: [LayoutLine]) {
        let cells = header.cells
        var starts: [Int: Int] = [:]
        for line in body where Headings.chapter(line.trimmed) == nil {
            for token in line.tokens where token.afterGap { starts[token.start, default: 0] += 1 }
        }
        func textStart(_ range: ClosedRange<Int>) -> Int? {
            starts.filter { range.contains($0.key) }.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        var previousStart = textStart(Int.min...(cells[0].start + 2))
        var boundaries: [Int] = []
        for (left, right) in zip(cells, cells.dropFirst()) {
            let low = max(left.end - 1, left.start + 3)
            var boundary = (left.end + right.start + 1) / 2
            let start = low <= right.start + 2 ? textStart(low...(right.start + 2)) : nil
            if let start {
                boundary = max(start - 2, (previousStart ?? Int.min) + 1)
            }
            previousStart = start
            boundaries.append(max(boundary, (boundaries.last ?? Int.min) + 1))
        }
        self.columns = header.columns
        self.boundaries = boundaries
    }

    /// The line's fragments, left to right; a token that straddles a boundary belongs to the column it begins in.
    func cut(_ line: LayoutLine) -> [Fragment] {
        var fragments: [Fragment] = []
        var open: (index: Int, start: Int, end: Int)?
        func close() {
            guard let open else { return }
            let text = line.text(open.start, open.end)
            fragments.append(
                Fragment(
                    index: open.index, column: columns[open.index],
                    line: SourceLine(number: line.number, text: text)))
        }
        for token in line.tokens {
            let index = boundaries.firstIndex { token.start < $0 } ?? boundaries.count
            if open?.index == index {
                open?.end = token.end
            } else {
                close()
                open = (index, token.start, token.end)
            }
        }
        close()
        return fragments
    }
}
