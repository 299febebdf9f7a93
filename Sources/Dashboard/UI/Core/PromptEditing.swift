import Foundation
import ModelRead

/// Editing the filter prompt: the filter follows every keystroke; a text that does not parse
/// shows its problem and leaves the last good filter in force. In the `:` prompt, Enter goes to
/// the task with the id typed (`TaskJump`), or says there is none and stays open. In the `e`
/// and `E` prompts, Enter writes the report to the path typed (`ExportEditing`).
enum PromptEditing {
    static func apply(_ command: EditCommand, to state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch command {
        case .cancel:
            if prompt.kind == .filter { setFilter(prompt.original, on: &state) }
            state.prompt = nil
            return []
        case .submit:
            state.prompt = nil
            if case .export(let kind) = prompt.kind { return ExportEditing.submit(kind, prompt, &state) }
            if prompt.kind == .jump, let problem = TaskJump.go(to: prompt.line.string, &state) {
                prompt.error = problem
                state.prompt = prompt
            }
            return []
        default:
            guard prompt.line.edit(command) else { return [] }
        }
        prompt.error = prompt.kind == .filter ? setFilter(prompt.line.string, on: &state) : nil
        state.prompt = prompt
        return []
    }

    /// Parses and applies a filter; returns what is wrong when it does not parse (the filter in
    /// force then stays).
    @discardableResult
    static func setFilter(_ text: String, on state: inout AppState) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            state.filter = ActiveFilter()
            return nil
        }
        do {
            let expression = try FilterExpression.parse(trimmed)
            let context = FilterContext(
                today: state.today.day, directory: state.snapshot.directory,
                unreported: state.reporting.unreported)
            state.filter = ActiveFilter(text: trimmed, matcher: FilterMatcher(expression, context: context))
            return nil
        } catch {
            return error.description(state.language)
        }
    }
}
