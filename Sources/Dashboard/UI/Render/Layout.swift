/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Splits off `rows` at the top: (top, rest).
    func splitTop(_ rows: Int) -> (Rect, Rect) {
        let top = min(rows, height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// Splits off `columns` at the left, leaving a gap of `gap` columns: (left, right).
    func splitLeft(_ columns: Int, gap: Int = 1) -> (Rect, Rect) {
        let left = min(columns, width)
        return (
            Rect(x: x, y: y, width: left, height: height),
            Rect(x: x + left + gap, y: y, width: width - left - gap, height: height)
        )
    }
}

/// Where everything goes on the screen for a state: two header rows and a rule, the body, the
/// hint bar and the status line. The reducer uses it too, to know how many rows a page holds.
public struct ScreenLayout: Equatable, Sendable {
    public var header: Rect
    public var rule: Rect
    public var body: Rect
    public var hint: Rect
    public var status: Rect
    /// The line above the lists that states the report round, in the 未报送 view.
    public var banner: Rect?
    /// The groups panel (leaders, units, towns, lead units), when shown.
    public var groups: Rect?
    /// The task list, when shown.
    public var tasks: Rect?
    /// The rule above the detail pane and the pane itself, when shown.
    public var detailRule: Rect?
    public var detail: Rect?

    /// Views at least this wide show the groups panel beside the task list; narrower ones show
    /// the focused panel alone.
    public static let sideBySideWidth = 110

    public init(_ state: AppState) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        (header, _) = screen.splitTop(2)
        rule = Rect(x: 0, y: 2, width: state.width, height: 1)
        hint = Rect(x: 0, y: state.height - 2, width: state.width, height: 1)
        status = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        body = Rect(x: 0, y: 3, width: state.width, height: state.height - 5)
        guard state.mode != .detail, state.view != .overview else { return }

        let detailHeight = state.showDetailPane ? max(6, body.height / 3) : 0
        var (lists, lower) = body.splitTop(body.height - detailHeight - (state.showDetailPane ? 1 : 0))
        if state.view == .unreported {
            let (top, rest) = lists.splitTop(1)
            banner = top
            lists = rest
        }
        if state.showDetailPane {
            let (ruleRow, detailArea) = lower.splitTop(1)
            detailRule = ruleRow
            detail = detailArea
        }
        guard state.view.hasGroups else {
            tasks = lists
            return
        }
        if state.width >= Self.sideBySideWidth {
            let (left, right) = lists.splitLeft(Self.groupPanelWidth(state), gap: 2)
            groups = left
            tasks = right
        } else if state.focus == .groups {
            groups = lists
        } else {
            tasks = lists
        }
    }

    /// The task list keeps this many columns beside the groups panel; the panel takes the rest.
    static let taskListRoom = 110

    /// As wide as the view's widest name needs (`GroupListWidget.width(forNames:)`), within what
    /// the task list leaves and at most 3/10 of the screen; never narrower than 26 columns.
    private static func groupPanelWidth(_ state: AppState) -> Int {
        let room = min(state.width - taskListRoom, state.width * 3 / 10)
        return max(26, min(GroupListWidget.width(forNames: state.widestGroupName(state.view)), room))
    }

    /// Rows of tasks a task panel shows below its title and column header.
    public var taskRowsVisible: Int { max(1, (tasks?.height ?? 3) - 2) }
    /// Rows of groups a groups panel shows below its column header.
    public var groupRowsVisible: Int { max(1, (groups?.height ?? 2) - 1) }
}
