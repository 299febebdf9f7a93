import ModelCore

/// A box drawn over the body, with a title, for the help and the saved views.
struct OverlayBox {
    let rect: Rect
    private let body: Rect

    init(in body: Rect, width: Int, height: Int) {
        let w = min(body.width - 2, width)
        let h = min(body.height, height)
        rect = Rect(x: body.x + (body.width - w) / 2, y: body.y + max(0, (body.height - h) / 2), width: w, height: h)
        self.body = body
    }

    /// Blanks the box's rows across the whole body, so no cut-off text of the list beside the box
    /// shows in its margins, and writes the title bar.
    func clear(title: String, into grid: inout Grid) {
        for y in rect.y..<(rect.y + rect.height) { grid.fill(x: body.x, y: y, count: body.width, role: .normal) }
        grid.write(" " + title + " ", x: rect.x, y: rect.y, role: .title, limit: rect.width)
        grid.restyle(x: rect.x, y: rect.y, count: rect.width, role: .status)
    }
}

/// `?`: every key live where the user is, from the keymap; on a read-only seat the keys that
/// change data are shown as unavailable. The keys that switch views share one line.
enum HelpOverlay {
    static func draw(_ state: AppState, in body: Rect, into grid: inout Grid) {
        let bindings = linesOf(Keymap.bindings(in: .browse) + Keymap.bindings(in: .detail).filter { !$0.contexts.contains(.browse) })
        let rows = max(1, body.height - 2)
        let columns = bindings.count > rows ? 2 : 1
        let box = OverlayBox(in: body, width: columns == 1 ? 64 : 124, height: body.height)
        box.clear(title: state.text(.help), into: &grid)
        let columnWidth = box.rect.width / columns
        let keyWidth = 2 + (bindings.map { DisplayWidth.of($0.keyNames) }.max() ?? 0) + 1
        for (index, binding) in bindings.enumerated() where index < rows * columns {
            let x = box.rect.x + (index / rows) * columnWidth
            let y = box.rect.y + 1 + index % rows
            let unavailable = binding.changesData && state.readOnly != nil
            let help = (unavailable ? state.text(.readOnlyUnavailable) : "") + (state.language == .zh ? binding.help.zh : binding.help.en)
            grid.write("  " + binding.keyNames, x: x, y: y, role: unavailable ? .dim : .accent, limit: keyWidth - 1)
            grid.write(
                DisplayWidth.truncate(help, to: columnWidth - keyWidth - 1, ellipsis: state.glyphs.ellipsis), x: x + keyWidth,
                y: y, role: unavailable ? .dim : .normal)
        }
        grid.write("  " + state.text(.helpFooter), x: box.rect.x, y: box.rect.y + box.rect.height - 1, role: .hint, limit: box.rect.width)
    }

    /// The bindings as the help lists them: those that switch views made one, `1-6`, where the
    /// first of them stood.
    private static func linesOf(_ bindings: [Binding]) -> [Binding] {
        let isSwitch: (Binding) -> Bool = { if case .switchView = $0.action { true } else { false } }
        guard let place = bindings.firstIndex(where: isSwitch), let first = ViewID.allCases.first, let last = ViewID.allCases.last else {
            return bindings
        }
        var merged = bindings[place]
        merged.keyNames = "\(first.rawValue)-\(last.rawValue)"
        merged.help = (Label.switchViews.text(.zh), Label.switchViews.text(.en))
        var lines = bindings
        lines.removeAll(where: isSwitch)
        lines.insert(merged, at: place)
        return lines
    }
}

/// `v`: the saved views, built-in and the user's own, scrolled to keep the selected one in sight;
/// Enter applies one. At the foot: the filter in force (what `s` saves), the name prompt or the
/// question before a delete, and the keys that work there.
enum ViewsOverlay {
    static func draw(_ state: AppState, selection: Int, in body: Rect, into grid: inout Grid) {
        let box = OverlayBox(in: body, width: 60, height: min(body.height, state.savedViews.count + 4))
        box.clear(title: state.text(.savedViews), into: &grid)
        let rect = box.rect
        let rows = max(1, rect.height - 3)
        let first = max(0, selection - rows + 1)
        for (offset, view) in state.savedViews.enumerated().dropFirst(first).prefix(rows) {
            let y = rect.y + 1 + offset - first
            let name = state.language == .zh ? view.nameZh : view.nameEn
            grid.write("  " + name, x: rect.x, y: y, role: .normal, limit: 18)
            grid.write(view.filter, x: rect.x + 18, y: y, role: .dim, limit: rect.width - 19)
            if offset == selection { grid.restyle(x: rect.x + 1, y: y, count: rect.width - 2, role: .selected) }
        }
        drawFoot(state, in: rect, into: &grid)
    }

    private static func drawFoot(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let y = rect.y + rect.height - 2
        let keys: (text: String, role: StyleRole)
        switch state.viewEditing {
        case .naming(let prompt):
            let x = rect.x + grid.write("  " + promptLabel(prompt, state), x: rect.x, y: y, role: .accent, limit: rect.width)
            LineEditorWidget.draw(prompt.line, x: x, y: y, width: rect.x + rect.width - x - 1, into: &grid)
            keys = prompt.problem.map { ($0, .error) } ?? (Keymap.hintLine(.naming, state.language), .hint)
        case .deleting(let name):
            grid.write("  " + state.text(.viewDeleteQuestion).replacingPlaceholders(name), x: rect.x, y: y, role: .accent, limit: rect.width)
            keys = (Keymap.hintLine(.viewQuestion, state.language), .hint)
        case nil:
            let filter = state.filter.isActive ? state.text(.filterLabel) + state.filter.text : state.text(.noFilter)
            grid.write("  " + DisplayWidth.truncate(filter, to: rect.width - 3, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, role: .dim)
            keys = (Keymap.hintLine(.views, state.language), .hint)
        }
        grid.write("  " + DisplayWidth.truncate(keys.text, to: rect.width - 3, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y + 1, role: keys.role)
    }

    private static func promptLabel(_ prompt: ViewNamePrompt, _ state: AppState) -> String {
        switch prompt.purpose {
        case .save: state.text(.viewNamePrompt)
        case .rename: state.text(.viewRenamePrompt)
        }
    }
}
