import Foundation
import ModelRead

/// The views list's own keys in the reducer: `s` names the filter in force as a view, `r`
/// renames the selected view, `d` asks before deleting it. The runner makes the change in the
/// config file (`Effect.writeViews`), and the list then shows the views the file holds. Built-in
/// views are neither renamed nor deleted. A read-only seat changes its views too: they are the
/// user's own config, not the store.
enum ViewsEditing {
    static func begin(_ action: Action, _ state: inout AppState) {
        guard case .views(let selection) = state.mode else { return }
        if action == .saveView {
            guard state.filter.isActive else {
                state.notice = .error(ViewEditProblem.filterEmpty.text(state.language))
                return
            }
            state.viewEditing = .naming(ViewNamePrompt(purpose: .save(filter: state.filter.text), line: LineEditor()))
            return
        }
        guard state.savedViews.indices.contains(selection), !SavedViews.isBuiltIn(state.savedViews[selection]) else {
            state.notice = .error(state.text(.builtInViewFixed))
            return
        }
        let name = state.savedViews[selection].nameZh
        state.viewEditing = action == .renameView ? .naming(ViewNamePrompt(purpose: .rename(name), line: LineEditor(name))) : .deleting(name)
    }

    static func apply(_ command: EditCommand, _ state: inout AppState) -> [Effect] {
        switch state.viewEditing {
        case .deleting(let name):
            state.viewEditing = nil
            return command == .confirm ? [.writeViews(.delete(name))] : []
        case .naming(var prompt):
            prompt.problem = nil
            switch command {
            case .cancel:
                state.viewEditing = nil
                return []
            case .submit:
                guard let edit = edit(for: prompt) else {
                    state.viewEditing = nil
                    return []
                }
                if let problem = edit.problem(in: state.savedViews.filter { !SavedViews.isBuiltIn($0) }) {
                    prompt.problem = problem.text(state.language)
                } else {
                    state.viewEditing = .naming(prompt)
                    return [.writeViews(edit)]
                }
            default:
                _ = prompt.line.edit(command)
            }
            state.viewEditing = .naming(prompt)
        case nil:
            break
        }
        return []
    }

    /// The change a name typed asks for: nil for a view renamed to its own name.
    private static func edit(for prompt: ViewNamePrompt) -> ViewEdit? {
        let name = prompt.line.string.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .save(let filter): return .add(SavedView(name: name, filter: filter))
        case .rename(let old): return old == name ? nil : .rename(old, to: name)
        }
    }

    /// What the runner's write did: the list takes the file's views and selects the view named
    /// or the row where the deleted one was; a failure keeps the name prompt with the reason.
    static func finish(_ edit: ViewEdit, _ result: Result<[SavedView], ViewEditProblem>, _ state: inout AppState) {
        switch result {
        case .success(let views):
            state.savedViews = state.savedViews.filter(SavedViews.isBuiltIn) + views
            state.viewEditing = nil
            let named: String?
            switch edit {
            case .add(let view):
                named = view.nameZh
                state.notice = .info(state.text(.viewSaved).replacingPlaceholders(view.nameZh))
            case .rename(let old, let new):
                named = new
                state.notice = .info(state.text(.viewRenamed).replacingPlaceholders(old, new))
            case .delete(let name):
                named = nil
                state.notice = .info(state.text(.viewDeleted).replacingPlaceholders(name))
            }
            guard case .views(let selection) = state.mode else { return }
            let row = named.flatMap { name in state.savedViews.firstIndex { $0.nameZh == name } } ?? selection
            state.mode = .views(selection: min(row, state.savedViews.count - 1))
        case .failure(let problem):
            let text = problem.text(state.language)
            if case .naming(var prompt) = state.viewEditing {
                prompt.problem = text
                state.viewEditing = .naming(prompt)
            }
            state.notice = .error(state.text(.viewsNotWritten) + text)
        }
    }
}
