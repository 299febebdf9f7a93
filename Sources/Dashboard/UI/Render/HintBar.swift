import ModelCore

/// The one-line hint bar, generated from the keymap for where the user is.
enum HintBar {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let context: KeyContext =
            switch state.mode {
            case .detail: .detail
            case .help, .views: .overlay
            case .browse: .browse
            }
        var bindings = Keymap.bindings(in: context, view: state.view)
            .filter { $0.hint != nil && ($0.action != .togglePause || state.live.isWatching) && !($0.changesData && state.readOnly != nil) }
            // A task opened from a view without groups has no group to step to.
            .filter { $0.action != .nextGroup || state.view.hasGroups }
        func text() -> String {
            " " + bindings.compactMap(hint).map { state.language == .zh ? $0.zh : $0.en }.joined(separator: " ")
        }
        func hint(_ binding: Binding) -> (zh: String, en: String)? {
            binding.action == .nextGroup ? groupHint(state.view) : binding.hint
        }
        // Too narrow: leave out the hints a user needs least, so `?` and `q` stay in sight.
        for action in droppedFirst where DisplayWidth.of(text()) > rect.width {
            bindings.removeAll { $0.action == action }
        }
        grid.write(DisplayWidth.truncate(text(), to: rect.width, ellipsis: state.glyphs.ellipsis), x: rect.x, y: rect.y, role: .hint)
    }

    /// `]/[` steps through the view's own groups: leaders, units, towns, or 未报送's lead units.
    private static func groupHint(_ view: ViewID) -> (zh: String, en: String) {
        switch view {
        case .byUnit, .unreported: ("]/[换单位", "]/[ unit")
        case .byTown: ("]/[换乡镇", "]/[ town")
        default: ("]/[换领导", "]/[ leader")
        }
    }

    /// The hints left out first when the line is too narrow, in order.
    private static let droppedFirst: [Action] = [.togglePause, .switchView(.overview), .back, .focusNext, .openViews, .nextGroup]
}

/// The bottom line: the filter in force (or the prompt being typed, with its cursor and any
/// problem) on the left, shown/total on the right.
enum StatusLine {
    /// The words before the prompt's line.
    private static func label(_ kind: Prompt.Kind) -> Label {
        switch kind {
        case .filter: .filterPrompt
        case .jump: .jumpPrompt
        case .export(.ledger): .exportLedgerPrompt
        case .export(.bulletin): .exportBulletinPrompt
        }
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let total = state.snapshot.tasks.count
        let shown = state.counts.shown(showDone: state.showDone)
        let count = "\(shown)/\(total)"
        let countX = rect.x + rect.width - DisplayWidth.of(count) - 1
        if let prompt = state.prompt {
            let label = state.text(Self.label(prompt.kind))
            let x = rect.x + grid.write(" " + label, x: rect.x, y: rect.y, role: .accent)
            LineEditorWidget.draw(prompt.line, x: x, y: rect.y, width: max(0, countX - x - 1), into: &grid)
            // What is wrong with the line, or else the name it may have meant.
            let suggestion = prompt.kind == .filter ? state.suggestionText : nil
            if let message = prompt.error ?? suggestion {
                let shown = DisplayWidth.truncate(message, to: max(0, rect.width / 2), ellipsis: state.glyphs.ellipsis)
                grid.write(shown, x: countX - DisplayWidth.of(shown) - 2, y: rect.y, role: prompt.error == nil ? .accent : .error)
            }
        } else if let notice = state.notice {
            grid.write(" " + notice.text, x: rect.x, y: rect.y, role: notice.isError ? .error : .accent, limit: countX - 1)
        } else {
            let suggestion = state.suggestionText.map { "  " + $0 } ?? ""
            let filter = state.filter.isActive ? state.text(.filterLabel) + state.filter.text + suggestion : state.text(.noFilter)
            let done = state.showDone ? state.text(.showingDone) : state.text(.hidingDone)
            grid.write(
                " \(filter)  \(state.glyphs.dot) \(done)", x: rect.x, y: rect.y, role: state.filter.isActive ? .accent : .dim,
                limit: countX - 1)
        }
        grid.write(count, x: countX, y: rect.y, role: .normal)
    }
}
