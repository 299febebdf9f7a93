import ModelCore

/// Finds a task table in a part by its header row (序号 · 工作任务 · 责任领导 · 牵头单位 · 责任单位 ·
/// 完成时限 …) and reads it: by column positions when the text keeps them (`pdftotext -layout`),
/// else cell after cell as a plain PDF dump prints a row (SequentialTableReader).
extension PartReader {
    /// The table's tasks and how it was laid out; nil when the part has no table header.
    func readTable(reader: inout UnitListReader) throws -> (tasks: [Task], layout: String)? {
        let lines = part.lines
        guard let headerIndex = lines.firstIndex(where: { TaskTableHeader.columns($0.text) != nil }),
            let columns = TaskTableHeader.columns(lines[headerIndex].text)
        else { return nil }
        let rows: [TaskTableRow]
        let layout: String
        if TaskTableHeader.keepsColumns(lines[headerIndex...].map { untrimmed[$0.number] ?? $0.text }) {
            // A header wrapped over lines (责任 / 序号 工作任务 … 单位) starts above the line found.
            let top = max(lines.startIndex, headerIndex - 2)
            guard let read = ColumnTableReader.read(lines[top...].map { SourceLine(number: $0.number, text: untrimmed[$0.number] ?? $0.text) })
            else { return nil }
            rows = read
            layout = "table in columns"
        } else {
            rows = SequentialTableReader(columns: columns, directory: reader.directory).rows(lines[(headerIndex + 1)...])
            layout = "table, cells one after another"
        }
        let unitColumns: [TaskTableColumn] = [.leadUnits, .responsibleUnits, .cooperatingUnits]
        guard rows.contains(where: { row in unitColumns.contains { row.cells[$0] != nil } }) else { return nil }
        return (try TableTasks(document: document, year: year, endsFile: endsFile).tasks(from: rows, reader: &reader), layout)
    }
}

/// A task table's header row as plain text: the columns it names, and whether the table below
/// keeps its columns apart by position.
enum TaskTableHeader {
    /// The columns a header row names, in order; nil unless it names a task (or policy) column
    /// and a unit column.
    static func columns(_ text: String) -> [TaskTableColumn]? {
        let compact = text.filter { !$0.isWhitespace }
        // Every line of a file comes here: a header names a unit column (…单位, …部门), so a line
        // without one is let go before the words are looked for.
        guard compact.count <= 60, compact.contains("单位") || compact.contains("部门") else { return nil }
        var found: [(offset: Int, column: TaskTableColumn)] = []
        var taken: [Range<String.Index>] = []
        for (word, column) in TaskTableColumn.headerWords.sorted(by: { $0.word.count > $1.word.count }) {
            guard let range = compact.firstRange(of: word), !taken.contains(where: { $0.overlaps(range) }) else { continue }
            taken.append(range)
            found.append((compact.distance(from: compact.startIndex, to: range.lowerBound), column))
        }
        let columns = found.sorted { $0.offset < $1.offset }.map(\.column)
        let hasText = columns.contains(.task) || columns.contains(.policy)
        let hasUnits = columns.contains(.leadUnits) || columns.contains(.responsibleUnits)
        return hasText && hasUnits && columns.count >= 3 ? columns : nil
    }

    /// Whether the lines keep a table's columns apart by runs of spaces, as `pdftotext -layout`
    /// prints them: most lines of text then hold a gap of three spaces or more.
    static func keepsColumns(_ lines: [String]) -> Bool {
        let body = lines.prefix(80).filter { !$0.allSatisfy(\.isWhitespace) }
        guard !body.isEmpty else { return false }
        let gapped = body.filter { line in
            let text = line.drop { $0 == " " }
            return text.contains("   ")
        }
        return gapped.count * 10 >= body.count * 4
    }
}
