/// The `u` / `c` form over the body: the task, its status now, the fields (a changed value shows
/// `old → new`; the note wraps over as many rows as it needs, up to `noteRows`), then the
/// problem or the confirmation question, and the keys.
enum FormOverlay {
    /// Rows the note grows to before it scrolls.
    static let noteRows = 5
    private static let boxWidth = 76

    static func draw(_ state: AppState, _ form: EditForm, in body: Rect, into grid: inout Grid) {
        let labelWidth = state.language == .zh ? 8 : 10
        let noteWidth = min(boxWidth, body.width - 2) - labelWidth - 2
        // Four rows above the fields (title, task, status, a blank), four below (a blank, the
        // message, a blank, the keys); the note's rows beyond its first make the box taller, as
        // far as the body allows.
        let otherFields = form.fields.count - 1
        let noteRows = min(WrappedLineWidget.rows(form.note, width: noteWidth, maxRows: noteRows), max(1, body.height - 8 - otherFields))
        let box = OverlayBox(in: body, width: boxWidth, height: max(11, 8 + otherFields + noteRows))
        let title = form.purpose == .update ? state.text(.formUpdateTitle) : state.text(.formCommentTitle)
        box.clear(title: "\(title) \(state.glyphs.dot) \(form.taskID)", into: &grid)
        let rect = box.rect
        let valueX = rect.x + labelWidth
        let valueWidth = rect.width - labelWidth - 2
        func label(_ text: String, _ y: Int, selected: Bool = false) {
            let mark = selected && form.stage == .editing ? String(state.glyphs.selectionMark) : " "
            grid.write(" \(mark)" + text, x: rect.x, y: y, role: selected ? .accent : .header, limit: labelWidth)
        }
        let task = state.snapshot.task(id: form.taskID)
        label(state.text(.columnText), rect.y + 1)
        grid.write(task?.text ?? "", x: valueX, y: rect.y + 1, role: .dim, limit: valueWidth)
        label(state.text(.fieldCurrent), rect.y + 2)
        let now =
            "\(form.baseStatus.label(state.language)) \(form.baseProgress)%  "
            + state.text(.version).replacingPlaceholders(String(form.baseVersion))
        grid.write(now, x: valueX, y: rect.y + 2, role: .dim, limit: valueWidth)

        var y = rect.y + 4
        for field in form.fields {
            label(fieldLabel(field, state), y, selected: field == form.field)
            if field == .note {
                let editing = form.stage == .editing && form.field == .note
                WrappedLineWidget.draw(form.note, cursor: editing, x: valueX, y: y, width: valueWidth, maxRows: noteRows, into: &grid)
                y += noteRows
            } else {
                drawValue(field, state, form, x: valueX, y: y, width: valueWidth, into: &grid)
                y += 1
            }
        }

        let messageY = rect.y + rect.height - 3
        if let problem = form.problem {
            let lines = TextWrap.lines(problem, width: rect.width - 3)
            for (offset, line) in lines.prefix(2).enumerated() {
                grid.write(" " + line, x: rect.x + 1, y: messageY + offset - (lines.count > 1 ? 1 : 0), role: .error, limit: rect.width - 2)
            }
        } else if form.stage == .confirming {
            grid.write("  " + state.text(.confirmQuestion), x: rect.x, y: messageY, role: .accent, limit: rect.width)
        } else if form.stage == .saving {
            grid.write("  " + state.text(.saving), x: rect.x, y: messageY, role: .accent, limit: rect.width)
        } else if let task, task.version != form.baseVersion {
            grid.write("  " + state.text(.changedMeanwhile), x: rect.x, y: messageY, role: .behind, limit: rect.width)
        }
        let keys =
            switch form.stage {
            case .editing: Keymap.hintLine(.form, state.language)
            case .confirming: Keymap.hintLine(.confirm, state.language)
            case .saving: ""
            }
        grid.write("  " + keys, x: rect.x, y: rect.y + rect.height - 1, role: .hint, limit: rect.width)
    }

    private static func fieldLabel(_ field: EditForm.Field, _ state: AppState) -> String {
        switch field {
        case .status: state.text(.fieldStatus)
        case .progress: state.text(.fieldProgress)
        case .kind: state.text(.fieldKind)
        case .leader: state.text(.fieldInstructingLeader)
        case .note: state.text(.fieldNote)
        }
    }

    private static func drawValue(
        _ field: EditForm.Field, _ state: AppState, _ form: EditForm, x: Int, y: Int, width: Int,
        into grid: inout Grid
    ) {
        let editing = form.stage == .editing && field == form.field
        let arrow = " \(state.glyphs.arrowRight) "
        switch field {
        case .status:
            let new = form.status.label(state.language)
            let text = form.status == form.baseStatus ? new : form.baseStatus.label(state.language) + arrow + new
            grid.write(editing ? "< \(text) >" : text, x: x, y: y, role: editing ? .selected : .normal, limit: width)
        case .kind:
            let text = form.kind == .instruction ? state.text(.kindInstruction) : state.text(.kindNote)
            grid.write(editing ? "< \(text) >" : text, x: x, y: y, role: editing ? .selected : .normal, limit: width)
        case .leader:
            let text = (form.leader ?? "") + (form.leaders.count > 1 ? "  (\(form.leaders.count))" : "")
            grid.write(editing ? "< \(text) >" : text, x: x, y: y, role: editing ? .selected : .normal, limit: width)
        case .progress:
            let typed = form.progress.isEmpty ? "\(form.baseProgress)" : form.progress
            let text = typed == "\(form.baseProgress)" ? "\(typed)%" : "\(form.baseProgress)%" + arrow + "\(typed)%"
            grid.write(text, x: x, y: y, role: editing ? .selected : .normal, limit: width)
        case .note:
            break  // drawn wrapped by `draw`
        }
    }
}
