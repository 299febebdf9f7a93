import ModelCore

/// Where a binding applies.
public enum KeyContext: Sendable, CaseIterable {
    case browse, detail, overlay, tooSmall
    /// The filter prompt is open.
    case prompt
    /// A `u` or `c` form is open for editing.
    case form
    /// A form asks whether to record.
    case confirm
    /// The saved views list, for its own keys (the overlay's work there too).
    case views
    /// The views list's name prompt is open.
    case naming
    /// The views list asks whether to delete a view.
    case viewQuestion

    /// Whether a character no binding takes is typed into the line.
    var takesText: Bool { self == .prompt || self == .form || self == .naming }

    /// An editing command as the action of where it is typed: the prompt, a form, the views list.
    func editing(_ command: EditCommand) -> Action {
        switch self {
        case .prompt: .prompt(command)
        case .naming, .viewQuestion: .viewEditing(command)
        default: .form(command)
        }
    }
}

/// One key binding: the keys, the action, the words for the help and hint bar, and where it
/// applies. The help overlay and the hint line are generated from this table.
public struct Binding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help: `j/k ↓↑`.
    public var keyNames: String
    public var action: Action
    public var help: (zh: String, en: String)
    /// Shown in the one-line hint bar, in this order.
    public var hint: (zh: String, en: String)?
    public var contexts: Set<KeyContext>
    /// Writes to the store: unavailable on a read-only seat.
    public var changesData = false
}

/// The one table of key bindings: the help overlay, the hint bar, the forms' key lines and the
/// README's key tables are generated from it.
public enum Keymap {
    public static let bindings: [Binding] = browsing + editing + viewsList

    /// Keys outside the prompt and the forms.
    private static let browsing: [Binding] =
        [
            Binding(
                keys: [.character("j"), .down], keyNames: "j/↓", action: .move(1),
                help: ("下移", "move down"), hint: ("j/k移动", "j/k move"), contexts: [.browse, .overlay]),
            Binding(
                keys: [.character("k"), .up], keyNames: "k/↑", action: .move(-1),
                help: ("上移", "move up"), hint: nil, contexts: [.browse, .overlay]),
            Binding(
                keys: [.pageDown, .control("f")], keyNames: "PgDn/Ctrl-F", action: .page(1),
                help: ("下一页", "page down"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.pageUp, .control("b")], keyNames: "PgUp/Ctrl-B", action: .page(-1),
                help: ("上一页", "page up"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character("g"), .home], keyNames: "g/Home", action: .top,
                help: ("到顶", "first row"), hint: nil, contexts: [.browse, .overlay]),
            Binding(
                keys: [.character("G"), .end], keyNames: "G/End", action: .bottom,
                help: ("到底", "last row"), hint: nil, contexts: [.browse, .overlay]),
            Binding(
                keys: [.tab, .character("l"), .right], keyNames: "Tab/l", action: .focusNext,
                help: ("下一个面板", "next panel"), hint: ("Tab面板", "Tab panel"), contexts: [.browse]),
            Binding(
                keys: [.backTab, .character("h"), .left], keyNames: "Shift-Tab/h", action: .focusPrevious,
                help: ("上一个面板", "previous panel"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.enter], keyNames: "Enter", action: .open,
                help: ("打开详情 / 选用", "open the detail / choose"), hint: ("Enter详情", "Enter detail"), contexts: [.browse, .overlay]),
            Binding(
                keys: [.character("n"), .character("j"), .down], keyNames: "n/j", action: .nextTask,
                help: ("下一条任务", "next task"), hint: ("n/p上下条", "n/p next/prev"), contexts: [.detail]),
            Binding(
                keys: [.character("p"), .character("k"), .up], keyNames: "p/k", action: .previousTask,
                help: ("上一条任务", "previous task"), hint: nil, contexts: [.detail]),
            Binding(
                keys: [.character("]")], keyNames: "]", action: .nextGroup,
                help: ("下一位领导 / 单位", "next leader / unit"), hint: ("]/[换领导", "]/[ leader"), contexts: [.browse, .detail]),
            Binding(
                keys: [.character("[")], keyNames: "[", action: .previousGroup,
                help: ("上一位领导 / 单位", "previous leader / unit"), hint: nil, contexts: [.browse, .detail]),
            Binding(
                keys: [.escape], keyNames: "Esc", action: .back,
                help: ("返回 / 清除筛选", "back / clear the filter"), hint: ("Esc返回", "Esc back"), contexts: [.browse, .detail, .overlay]),
            Binding(
                keys: [.character("/")], keyNames: "/", action: .openFilter,
                help: ("筛选（边输入边过滤）", "filter as you type"), hint: ("/筛选", "/ filter"), contexts: [.browse, .detail]),
            Binding(
                keys: [.character("n")], keyNames: "n", action: .nextMatch,
                help: ("下一条匹配（筛选时）", "next match of the filter"), hint: nil,
                contexts: [.browse]),
            Binding(
                keys: [.character("N")], keyNames: "N", action: .previousMatch,
                help: ("上一条匹配", "previous match"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character(":")], keyNames: ":", action: .openJump,
                help: ("按编号跳到任务", "go to a task by id"), hint: nil, contexts: [.browse, .detail]),
            Binding(
                keys: [.character("e")], keyNames: "e", action: .openExport(.ledger),
                help: ("导出当前列表为台账", "export the list (台账)"),
                hint: ("e导出", "e export"), contexts: [.browse, .detail]),
            Binding(
                keys: [.character("E")], keyNames: "E", action: .openExport(.bulletin),
                help: ("导出本轮督查通报", "export the round's 通报"), hint: nil,
                contexts: [.browse, .detail]),
            Binding(
                keys: [.character("v")], keyNames: "v", action: .openViews,
                help: ("已存视图", "saved views"), hint: ("v视图", "v views"), contexts: [.browse]),
            Binding(
                keys: [.character("u")], keyNames: "u", action: .openUpdateForm,
                help: ("更新状态和进度（先确认）", "update (asks first)"), hint: ("u更新", "u update"),
                contexts: [.browse, .detail], changesData: true),
            Binding(
                keys: [.character("c")], keyNames: "c", action: .openCommentForm,
                help: ("添加批示或进展（先确认）", "comment (asks first)"), hint: ("c批示", "c comment"),
                contexts: [.browse, .detail], changesData: true),
            Binding(
                keys: [.character("d")], keyNames: "d", action: .toggleDetailPane,
                help: ("显示 / 隐藏下方详情栏", "show / hide detail pane"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character("a")], keyNames: "a", action: .toggleDone,
                help: ("显示 / 隐藏已完成", "show / hide done tasks"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character("s")], keyNames: "s", action: .cycleSort,
                help: ("换排序列", "next sort column"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character("S")], keyNames: "S", action: .reverseSort,
                help: ("反向排序", "reverse the sort"), hint: nil, contexts: [.browse]),
            Binding(
                keys: [.character(" ")], keyNames: "Space", action: .togglePause,
                help: ("暂停 / 恢复实时刷新", "pause / resume live view"), hint: ("空格暂停", "Space pause"), contexts: [.browse, .detail]),
            Binding(
                keys: [.control("l")], keyNames: "Ctrl-L", action: .redraw,
                help: ("重画屏幕", "redraw the screen"), hint: nil, contexts: Set(KeyContext.allCases)),
            Binding(
                keys: [.character("?"), .function(1)], keyNames: "?/F1", action: .openHelp,
                help: ("帮助", "help"), hint: ("?帮助", "? help"), contexts: [.browse, .detail, .overlay]),
            Binding(
                keys: [.character("q")], keyNames: "q", action: .quit,
                help: ("退出（详情中为返回）", "quit (in detail: back)"), hint: ("q退出", "q quit"),
                contexts: [.browse, .detail, .overlay, .tooSmall])
        ]
        + ViewID.allCases.map { view in
            Binding(
                keys: [.character(Character(String(view.rawValue)))], keyNames: "\(view.rawValue)", action: .switchView(view),
                help: ("切换到" + view.label.text(.zh), "switch to " + view.label.text(.en)),
                hint: view == .overview ? ("1-6视图", "1-6 views") : nil, contexts: [.browse, .detail])
        }

    /// The action bound to `key` where the user is; in the prompt and a form, a character no
    /// binding takes is typed. Nil when the key does nothing there.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let bound = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) { return bound.action }
        // Outside text fields, an input method's full-width key is its ASCII key; inside, it is text.
        if !context.takesText, case .character(let character) = key, let ascii = FullWidthKey.ascii(character) {
            return action(for: .character(ascii), in: context)
        }
        guard context.takesText, case .character(let character) = key else { return nil }
        return context.editing(.type(character))
    }

    public static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// The hints of `context`'s bindings on one line, two spaces apart: the forms' key line.
    public static func hintLine(_ context: KeyContext, _ language: Language) -> String {
        bindings(in: context).compactMap(\.hint).map { language == .zh ? $0.zh : $0.en }.joined(separator: "  ")
    }

    /// Bindings that do something in this view: the overview has no list, and only views with
    /// groups have panels and leaders to switch.
    public static func bindings(in context: KeyContext, view: ViewID) -> [Binding] {
        bindings(in: context).filter { $0.action.applies(in: view) || context != .browse }
    }
}

extension Action {
    /// Whether the action does anything in `view` while browsing.
    func applies(in view: ViewID) -> Bool {
        switch self {
        case .focusNext, .focusPrevious, .nextGroup, .previousGroup:
            view.hasGroups
        case .move, .page, .top, .bottom, .open, .toggleDone, .toggleDetailPane, .cycleSort, .reverseSort, .openUpdateForm, .openCommentForm,
            .nextMatch, .previousMatch:
            view != .overview
        default:
            true
        }
    }
}
