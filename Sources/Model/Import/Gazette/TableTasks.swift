import ModelCore

/// Turns the rows of a task table into tasks: the task cell is the text, the policy cell its
/// section; leaders and units are read from their cells through the Directory. A last row left
/// without units where the file ends is a cut.
struct TableTasks {
    let document: Document
    let year: Int
    let endsFile: Bool

    func tasks(from rows: [TaskTableRow], reader: inout UnitListReader) throws -> [Task] {
        var tasks: [Task] = []
        for (index, row) in rows.enumerated() {
            let number = index + 1
            func fragments(_ column: TaskTableColumn) -> [String] { row.cells[column]?.map(\.text) ?? [] }
            func joined(_ column: TaskTableColumn) -> String {
                TextCleanup.tidy(Directory.normaliseBrackets(fragments(column).joined()))
            }
            let lead = reader.cell(fragments(.leadUnits), line: row.cells[.leadUnits]?.first?.number ?? row.line)
            let responsible = reader.cell(fragments(.responsibleUnits), line: row.cells[.responsibleUnits]?.first?.number ?? row.line)
                .filter { !lead.contains($0) }
            let cooperating = reader.cell(fragments(.cooperatingUnits), line: row.cells[.cooperatingUnits]?.first?.number ?? row.line)
            if lead.isEmpty && responsible.isEmpty && cooperating.isEmpty {
                if index == rows.count - 1 && endsFile {
                    throw LocatedError(
                        file: reader.file, line: row.line,
                        message: "row \(number) of the table in \(document.name) has no units where the file ends (cut off?)")
                }
                reader.warn("row \(number) of the table in \(document.name) names no unit", line: row.line)
            }
            let taskText = joined(.task)
            let policy = joined(.policy)
            let text = taskText.isEmpty ? policy : taskText
            guard !text.isEmpty else {
                throw LocatedError(file: reader.file, line: row.line, message: "row \(number) of the table in \(document.name) has no task text")
            }
            let leaders = reader.leaders(fragments(.leaders).joined(separator: "、"), line: row.cells[.leaders]?.first?.number ?? row.line)
            let deadlineText = fragments(.deadline).joined()
            let stated = deadlineText.isEmpty ? nil : DeadlineReader.deadline(inField: deadlineText, year: year)
            tasks.append(
                Task(
                    id: "\(document.code)-\(number)", document: document.name, number: number,
                    chapter: row.chapter.map { TextCleanup.tidy($0) } ?? "",
                    section: taskText.isEmpty || policy.isEmpty ? nil : policy, text: text,
                    leaders: leaders.filter { !$0.isEmpty }, leadUnits: lead, responsibleUnits: responsible,
                    cooperatingUnits: cooperating, deadline: stated ?? document.defaultDeadline))
        }
        return tasks
    }
}
