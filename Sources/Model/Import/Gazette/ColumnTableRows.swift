/// A body line of a column table, cut into its columns.
struct ColumnTableLine {
    var number: Int
    /// The line follows a header row (a page's first line under its header).
    var startsPage: Bool
    /// A row merged over the table's width that opens a chapter (`一、稳增长`), tidied.
    var chapter: String?
    var fragments: [ColumnLayout.Fragment]
    /// The line held a character of a VerticalHeading, taken out of its fragments.
    var holdsHeading = false

    private static let topicColumns: Set<TaskTableColumn> = [.serial, .policy, .task]

    init(_ line: LayoutLine, layout: ColumnLayout, startsPage: Bool) {
        number = line.number
        self.startsPage = startsPage
        fragments = layout.cut(line)
        let text = line.trimmed
        let alone = fragments.allSatisfy { Self.topicColumns.contains($0.column) } || !text.contains("  ")
        if Headings.chapter(text) != nil, alone {
            chapter = TextCleanup.tidy(text)
            fragments = []
        }
    }
}

/// Groups a table's body lines into rows.
///
/// With a 序号 column, a row begins at each line with text in that column. Without, a row begins where the
/// task column begins an item (`（一）`, `1.`, `1、`, `（1）`, `一、`), or where task text begins
/// again after a row whose unit columns have text: after a line without task text (blank lines
/// count, except at the top of a page; a line holding only a VerticalHeading's character does
/// not), or on a line with unit text when the task text before ended a sentence (`。` `；`). A
/// chapter row closes the row before it.
enum ColumnTableRows {
    private static let unitColumns: Set<TaskTableColumn> = [.leadUnits, .responsibleUnits, .cooperatingUnits]

    static func group(_ lines: [ColumnTableLine], serial: Bool) -> [TaskTableRow] {
        var rows: [TaskTableRow] = []
        var open = false
        var chapter: String?
        var taskBroken = false
        var pageHasText = false
        for line in lines {
            if line.startsPage {
                taskBroken = false
                pageHasText = false
            }
            if let heading = line.chapter {
                chapter = heading
                open = false
                continue
            }
            guard !line.fragments.isEmpty else {
                // An upright heading's characters stand on lines of their own between the body's lines.
                if pageHasText, !line.holdsHeading { taskBroken = true }
                continue
            }
            if !open || startsRow(line.fragments, after: rows[rows.count - 1], serial: serial, taskBroken: taskBroken) {
                rows.append(TaskTableRow(line: line.number, chapter: chapter, cells: [:]))
                open = true
            }
            for fragment in line.fragments { rows[rows.count - 1].cells[fragment.column, default: []].append(fragment.line) }
            taskBroken = !line.fragments.contains { $0.column == .task }
            pageHasText = true
        }
        return rows
    }

    private static func startsRow(_ fragments: [ColumnLayout.Fragment], after row: TaskTableRow, serial: Bool, taskBroken: Bool) -> Bool {
        if serial { return fragments.contains { $0.column == .serial } }
        guard let task = fragments.first(where: { $0.column == .task }) else { return false }
        if beginsItem(task.line.text) { return true }
        guard row.cells.keys.contains(where: unitColumns.contains) else { return false }
        if taskBroken { return true }
        let endedSentence = row.cells[.task]?.last?.text.last.map { "。；;！？".contains($0) } ?? false
        return endedSentence && fragments.contains { unitColumns.contains($0.column) }
    }

    /// `（一）…`, `1.…`, `一、…`, and the numbering `1、` `（1）` `1）`.
    static func beginsItem(_ text: String) -> Bool {
        if Headings.section(text) != nil || Headings.item(text) != nil || Headings.chapter(text) != nil { return true }
        var rest = Substring(text)
        let bracketed = rest.first == "（" || rest.first == "("
        if bracketed { rest = rest.dropFirst() }
        let digits = rest.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count), let mark = rest.dropFirst(digits.count).first else { return false }
        return mark == "）" || mark == ")" || (!bracketed && mark == "、")
    }
}

/// A tall merged cell of the first column printed one character a line (`一` `、` `切` `实` …):
/// the chapter of the rows beside it. Its text is taken to stand centred in the cell.
struct VerticalHeading {
    var text: String
    var first: Int
    var last: Int

    /// Takes the headings out of the lines' first column and returns them in order. A heading is
    /// two lines or more whose first column holds one character that is not ASCII (or one and a
    /// punctuation mark); up to two lines with nothing in the first column may stand between its
    /// characters, but not a blank line, a chapter row or other text in the first column.
    static func extract(from lines: inout [ColumnTableLine]) -> [VerticalHeading] {
        var headings: [VerticalHeading] = []
        var run: [Int] = []
        var between = 0
        func close() {
            if run.count >= 2 {
                let text = run.map { lines[$0].fragments[0].line.text }.joined()
                headings.append(VerticalHeading(text: text, first: lines[run[0]].number, last: lines[run[run.count - 1]].number))
                for index in run {
                    lines[index].fragments.removeFirst()
                    lines[index].holdsHeading = true
                }
            }
            run = []
            between = 0
        }
        for (index, line) in lines.enumerated() {
            guard let first = line.fragments.first, first.index == 0 else {
                between += 1
                if line.fragments.isEmpty || between > 2 { close() }
                continue
            }
            if first.column != .task, isUpright(first.line.text) {
                run.append(index)
                between = 0
            } else {
                close()
            }
        }
        close()
        return headings
    }

    private static func isUpright(_ text: String) -> Bool {
        let characters = Array(text)
        guard let first = characters.first, !first.isASCII else { return false }
        return characters.count == 1 || (characters.count == 2 && TextCleanup.cjkPunctuation.contains(characters[1]))
    }

    /// Gives each row the heading beside it. Where one merged cell ends is not printed: it is taken
    /// at the row start between two headings that best centres the first heading in its cell.
    static func assign(_ headings: [VerticalHeading], to rows: inout [TaskTableRow]) {
        guard let firstRow = rows.first else { return }
        var blockStart = min(firstRow.line, headings.first?.first ?? firstRow.line)
        var next = 0
        for (index, heading) in headings.enumerated() {
            var end = Int.max
            if index + 1 < headings.count {
                let following = headings[index + 1]
                let centred = heading.first + heading.last - blockStart + 1
                let candidates = rows.map(\.line).filter { $0 > heading.last && $0 <= following.first }
                end = candidates.min { abs($0 - centred) < abs($1 - centred) } ?? following.first
            }
            while next < rows.count, rows[next].line < end {
                rows[next].chapter = heading.text
                next += 1
            }
            blockStart = end
        }
    }
}
