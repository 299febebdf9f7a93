import Foundation
import ModelCore

/// The `u` and `c` forms in the reducer: opening one on the selected task, keys while it is
/// open, the confirmation, and what the runner's write does to it. Every data-changing path
/// checks the read-only seat here, where the action runs, not only in the menus.
enum FormEditing {
    static func open(_ purpose: EditForm.Purpose, _ state: inout AppState) {
        if let reason = state.readOnly {
            state.notice = .error(state.text(.readOnlyRefused) + reason)
            return
        }
        guard let task = targetTask(state) else {
            state.notice = .error(state.text(.selectTaskFirst))
            return
        }
        state.form = EditForm(purpose, task: task)
    }

    /// The task a form would record on: the one in the detail, or the highlighted row of a
    /// focused task list.
    static func targetTask(_ state: AppState) -> Task? {
        guard state.view != .overview else { return nil }
        switch state.mode {
        case .detail: break
        case .browse where !(state.view.hasGroups && state.focus == .groups): break
        default: return nil
        }
        return state.selectedTaskIndex(state.view).map { state.snapshot.tasks[$0] }
    }

    static func apply(_ command: EditCommand, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        switch form.stage {
        case .saving:
            return []  // the outcome closes or reopens the form
        case .confirming:
            switch command {
            case .confirm:
                if let reason = state.readOnly {
                    form.stage = .editing
                    form.problem = state.text(.readOnlyRefused) + reason
                } else if case .success(let recording) = form.recording() {
                    form.stage = .saving
                    state.form = form
                    return [.record(recording)]
                }
            case .reject:
                form.stage = .editing
            case .cancel:
                state.form = nil
                return []
            default:
                return []
            }
        case .editing:
            form.problem = nil
            switch command {
            case .cancel:
                state.form = nil
                return []
            case .submit:
                switch form.recording() {
                case .success: form.stage = .confirming
                case .failure(let problem): form.problem = problem.text(state.language)
                }
            case .nextField:
                form.field = step(form, by: 1)
            case .previousField:
                form.field = step(form, by: -1)
            default:
                edit(command, &form)
            }
        }
        state.form = form
        return []
    }

    /// What the write did: a saved form closes; a conflict keeps the form, with the user's input,
    /// on the newer version and says who changed what; a failure keeps it with the message, which
    /// the status line shows as well.
    static func finish(_ outcome: RecordOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .saved(let task):
            state.form = nil
            state.notice = .info(state.text(.recorded).replacingPlaceholders(task.id, String(task.version)))
        case .conflict(let current, let lastChange):
            guard var form = state.form else { return [.reload] }
            // What the user left alone follows the other person's change, so re-applying the
            // form records only what this user changed, and reverts nothing of theirs.
            if form.status == form.baseStatus { form.status = current.status }
            if Int(form.progress) == form.baseProgress || form.progress.isEmpty { form.progress = String(current.progress) }
            form.baseVersion = current.version
            form.baseStatus = current.status
            form.baseProgress = current.progress
            form.stage = .editing
            let change = lastChange.map { HistoryLine.text($0, state) } ?? ""
            form.problem = state.text(.conflict).replacingPlaceholders(current.id, String(current.version), change)
            state.form = form
        case .busy:
            return finish(.failed(state.text(.storeBusy)), &state)
        case .failed(let message):
            // The form keeps the user's input for another try; the status line says it failed too.
            state.form?.stage = .editing
            state.form?.problem = message
            state.notice = .error(state.text(.notRecorded) + message)
            return []
        }
        return [.reload]
    }

    private static func step(_ form: EditForm, by delta: Int) -> EditForm.Field {
        let fields = form.fields
        let current = fields.firstIndex(of: form.field) ?? 0
        return fields[(current + delta + fields.count) % fields.count]
    }

    private static func edit(_ command: EditCommand, _ form: inout EditForm) {
        switch form.field {
        case .status:
            guard command == .left || command == .right else { return }
            let all = Status.allCases
            let index = all.firstIndex(of: form.status)! + (command == .right ? 1 : all.count - 1)
            form.status = all[index % all.count]
            if form.status == .done { form.progress = "100" }
        case .kind:
            guard command == .left || command == .right else { return }
            form.kind = form.kind == .instruction ? .note : .instruction
        case .leader:
            guard command == .left || command == .right, let leader = form.leader,
                let index = form.leaders.firstIndex(of: leader)
            else { return }
            let count = form.leaders.count
            form.leader = form.leaders[(index + (command == .right ? 1 : count - 1)) % count]
        case .progress:
            switch command {
            case .type(let typed) where digit(typed) != nil:
                let digit = digit(typed)!
                if form.progressIsSelected {
                    form.progress = String(digit)
                    form.progressIsSelected = false
                } else if form.progress.count < 3 {
                    form.progress.append(digit)
                }
            case .deleteBackward:
                form.progressIsSelected = false
                if !form.progress.isEmpty { form.progress.removeLast() }
            case .left, .right:
                let value = Int(form.progress) ?? form.baseProgress
                form.progress = String(min(100, max(0, value + (command == .right ? 10 : -10))))
                form.progressIsSelected = true
            default:
                return
            }
        case .note:
            _ = form.note.edit(command)
        }
    }

    /// The ASCII digit typed, also as an input method in Chinese mode types it (`６`).
    private static func digit(_ typed: Character) -> Character? {
        let character = FullWidthKey.ascii(typed) ?? typed
        return character.isASCII && character.isNumber ? character : nil
    }
}

extension FormProblem {
    func text(_ language: Language) -> String {
        switch self {
        case .emptyNote: Label.problemEmptyNote.text(language)
        case .badProgress: Label.problemBadProgress.text(language)
        case .nothingChanged: Label.problemNothingChanged.text(language)
        }
    }
}

extension String {
    /// Puts the values in for `%1`, `%2`, … in order.
    package func replacingPlaceholders(_ values: String...) -> String {
        var text = self
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: value)
        }
        return text
    }
}
