import ModelCore
import ModelRead
import ModelReport

/// `e` and `E`: a prompt offering a file name (`督查台账-2020-07-01.xlsx`, `督查通报-….docx`),
/// whose extension chooses the format; Enter asks the runner to write the report, and its answer
/// becomes a notice saying where. `e` writes exactly the rows of the list on screen (the overview:
/// every task the filter leaves); `E` writes the 通报 of the current round over every task the
/// filter leaves, done ones too. Writing touches no store, so read-only seats export as well.
enum ExportEditing {
    static func open(_ kind: ReportKind, _ state: inout AppState) {
        let name = kind.defaultFormat.defaultName(day: state.today.day.description)
        state.prompt = Prompt(line: LineEditor(name), error: nil, original: state.filter.text, kind: .export(kind))
    }

    static func submit(_ kind: ReportKind, _ prompt: Prompt, _ state: inout AppState) -> [Effect] {
        let path = prompt.line.string.trimmingCharacters(in: .whitespaces)
        guard let format = ReportFormat(path: path) else {
            var reopened = prompt
            reopened.error = state.text(path.isEmpty ? .exportNoPath : .exportBadExtension)
            state.prompt = reopened
            return []
        }
        let (tasks, description) = kind == .ledger ? listScope(state) : filterScope(state)
        return [.writeReport(ReportRequest(path: path, format: format, tasks: tasks, description: description))]
    }

    static func finish(_ result: Result<ReportWritten, ReportProblem>, _ state: inout AppState) {
        switch result {
        case .success(let written):
            state.notice = .info(state.text(.exported).replacingPlaceholders(written.path, "\(written.tasks)"))
        case .failure(let problem):
            state.notice = .error(problem.message)
        }
    }

    /// The rows of the list on screen, and how to name them: `按领导：马长军；筛选：…；仅待办`.
    /// The overview has no list: there it is every task the filter leaves (`filterScope`).
    private static func listScope(_ state: AppState) -> ([Int], String) {
        guard state.view != .overview else { return filterScope(state) }
        let view = state.view.label.text(.zh)
        var parts = [state.view.hasGroups ? "\(view)：\(state.currentGroup(state.view) ?? "")" : view]
        if !state.showDone { parts.append("仅待办") }
        if state.filter.isActive { parts.append("筛选：\(state.filter.text)") }
        return (state.taskRows(state.view).map(\.task), parts.joined(separator: "；"))
    }

    /// Every task the filter leaves, and the filter as the scope's name.
    private static func filterScope(_ state: AppState) -> ([Int], String) {
        let tasks = state.snapshot.tasks.indices.filter(state.filterPass.contains)
        return (tasks, state.filter.isActive ? "筛选：\(state.filter.text)" : "")
    }
}
