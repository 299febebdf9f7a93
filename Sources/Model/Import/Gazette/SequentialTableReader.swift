import ModelCore

/// Reads a task table from a plain PDF dump, where the grid is lost and a row's cells come out one
/// after another: a chapter printed one character a line (`一` `、` `切` `实` …), the policy cell
/// from its number to its 。 (`（一）扩大优` / `势产业电价` / `补贴范围。`), the task text, then the
/// row's units on a line or several (`发展和改革局 国家电网吴忠供电公司`). The first unit of the
/// block is the lead unit when the header has a 牵头单位 column and another unit column; with one
/// unit column, all go there.
struct SequentialTableReader {
    let columns: [TaskTableColumn]
    let directory: Directory

    private enum Cell { case policy, task, units }

    func rows(_ lines: ArraySlice<SourceLine>) -> [TaskTableRow] {
        var rows: [TaskTableRow] = []
        var chapter: String?
        var vertical: [SourceLine] = []
        var row: TaskTableRow?
        var cell = Cell.policy
        var policyNumber = 0
        let hasPolicy = columns.contains(.policy) && columns.contains(.task)

        func finish() {
            if let done = row { rows.append(done) }
            row = nil
        }
        func begin(_ line: SourceLine, in first: Cell) {
            finish()
            row = TaskTableRow(line: line.number, chapter: chapter, cells: [:])
            cell = first
        }
        func add(_ line: SourceLine, to column: TaskTableColumn) {
            row!.cells[column, default: []].append(line)
        }

        for line in lines {
            let compact = line.text.filter { !$0.isWhitespace }
            if SignatureBlock.isDate(line.text) || TaskTableHeader.columns(line.text) != nil { continue }
            if row == nil || cell == .units, compact.count <= 2, !isUnitLine(line.text) {
                vertical.append(line)
                continue
            }
            if !vertical.isEmpty {
                let joined = vertical.map { $0.text.filter { !$0.isWhitespace } }.joined()
                if Headings.chapter(joined) != nil { chapter = joined }
                vertical = []
            }
            if Headings.chapter(line.text) != nil, row == nil || cell == .units {
                finish()
                chapter = line.text
                continue
            }
            if hasPolicy, let number = Headings.section(Directory.normaliseBrackets(compact)), number == policyNumber + 1 || number == 1 {
                policyNumber = number
                begin(line, in: .policy)
                add(line, to: .policy)
                if compact.hasSuffix("。") { cell = .task }
                continue
            }
            guard row != nil else {
                begin(line, in: .task)
                add(line, to: .task)
                continue
            }
            switch cell {
            case .policy:
                add(line, to: .policy)
                if compact.hasSuffix("。") { cell = .task }
            case .task where endsCell(row!.cells[.task]) && isUnitLine(line.text):
                cell = .units
                addUnits(line, to: &row!)
            case .task:
                add(line, to: .task)
            case .units where isUnitLine(line.text):
                addUnits(line, to: &row!)
            case .units:
                begin(line, in: hasPolicy ? .policy : .task)
                add(line, to: hasPolicy ? .policy : .task)
                if hasPolicy, compact.hasSuffix("。") { cell = .task }
            }
        }
        finish()
        return rows
    }

    /// Whether the task cell read so far ends a sentence, so that a line of units may follow.
    private func endsCell(_ lines: [SourceLine]?) -> Bool {
        guard let last = lines?.last?.text.filter({ !$0.isWhitespace }).last else { return false }
        return "。；;！".contains(last)
    }

    /// Files a line of units: the block's first unit is the lead unit (when the header has both
    /// a 牵头单位 and another unit column), the rest responsible.
    private func addUnits(_ line: SourceLine, to row: inout TaskTableRow) {
        let leadsFirst = columns.contains(.leadUnits) && (columns.contains(.responsibleUnits) || columns.contains(.cooperatingUnits))
        let other: TaskTableColumn =
            columns.contains(.responsibleUnits)
            ? .responsibleUnits
            : columns.contains(.cooperatingUnits) ? .cooperatingUnits : .leadUnits
        for token in line.text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }) {
            let unit = SourceLine(number: line.number, text: Self.unbracketed(String(token)))
            if leadsFirst && row.cells[.leadUnits] == nil {
                row.cells[.leadUnits] = [unit]
            } else {
                row.cells[leadsFirst ? other : (columns.contains(.leadUnits) ? .leadUnits : other), default: []].append(unit)
            }
        }
    }

    /// A line of unit names only: every space-separated token a unit the Directory knows, or a name
    /// ending as units' names do (局, 委, 办, 公司, 镇 …), with no sentence punctuation.
    func isUnitLine(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard !tokens.isEmpty else { return false }
        return tokens.allSatisfy { token in
            let name = Self.unbracketed(String(token))
            if directory.resolveUnit(name, expectRunTogether: true).warning == nil { return true }
            guard name.count >= 2, name.count <= 24, name.allSatisfy({ TextCleanup.isHan($0) || "（）()".contains($0) }) else { return false }
            return Self.unitEndings.contains { name.hasSuffix($0) }
        }
    }

    /// `（金融工作局）` on a line of its own, a unit's second name wrapped: the name itself.
    static func unbracketed(_ token: String) -> String {
        let normal = Directory.normaliseBrackets(token)
        guard normal.hasPrefix("（"), normal.hasSuffix("）"), normal.count > 2 else { return token }
        return String(normal.dropFirst().dropLast())
    }

    private static let unitEndings = [
        "局", "委", "办", "室", "院", "部", "所", "站", "中心", "公司", "分局", "乡", "镇", "政府",
        "部门", "单位", "大队", "社", "会", "队", "厅", "处", "团", "联", "委员会", "管委会", "分公司", "行", "支行", "所", "学校", "医院"
    ]
}
