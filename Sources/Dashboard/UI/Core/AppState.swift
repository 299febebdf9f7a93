import Foundation
import ModelCore
import ModelRead

/// Everything the dashboard shows, as plain values: the reducer changes it, the views draw it.
public struct AppState: Sendable {
    /// What the keyboard is doing besides browsing.
    public enum Mode: Equatable, Sendable {
        case browse
        /// One task full screen, stepping through the list it was opened from.
        case detail
        case help
        /// The saved views list, with its selected row.
        case views(selection: Int)
    }

    public var snapshot: Snapshot {
        didSet { snapshotChanged() }
    }
    public var today: Today {
        didSet { snapshotChanged() }
    }
    /// Who owes a report this round and who has handed it in; follows the snapshot and today.
    public private(set) var reporting: Reporting
    public var language: Language
    public var glyphs: Glyphs
    public var width: Int
    public var height: Int

    public var view: ViewID = .overview
    public var focus: Panel = .groups
    public var mode: Mode = .browse
    /// The selected leader, unit or town of each view with groups.
    public var selectedGroup: [ViewID: String] = [:]
    /// The selected task of each view, by id: a reload keeps the task, not the row.
    public var selectedTask: [ViewID: String] = [:]
    /// First visible row of each scrolled list.
    public var scroll: [ScrollKey: Int] = [:]
    public var showDone = false
    /// The pane below the lists with the selected task's text; `d` hides it for more rows.
    public var showDetailPane = true
    public var sort = SortOrder()
    public var filter = ActiveFilter() {
        didSet { filtered = ListCache() }
    }
    /// The filter prompt, or the `:` prompt for a task's id, while it is open.
    public var prompt: Prompt?
    public var savedViews: [SavedView]
    /// A one-line notice for the status line (a refused action, what was recorded).
    public var notice: Notice?
    /// The `u` or `c` form while it is open.
    public var form: EditForm?
    /// The views list's name prompt or its question before a delete, while one is open.
    public var viewEditing: ViewEditing?
    /// Why this seat may not change data (`--read-only`, the config, a store it cannot write);
    /// nil when it may.
    public var readOnly: String?
    /// The live state: when tasks last changed, who changed the store last, paused or not.
    public var live = LiveState()
    /// Lists derived from the snapshot and today alone (the sort orders); see `Lists.swift`.
    var derived = ListCache()
    /// Lists derived from the snapshot, today and the filter.
    var filtered = ListCache()

    public init(
        snapshot: Snapshot, today: Today, language: Language = .zh, glyphs: Glyphs = .unicode,
        width: Int = 80, height: Int = 24, savedViews: [SavedView] = []
    ) {
        self.snapshot = snapshot
        self.today = today
        reporting = Reporting(snapshot: snapshot, today: today.day)
        self.language = language
        self.glyphs = glyphs
        self.width = width
        self.height = height
        self.savedViews = savedViews
    }

    private mutating func snapshotChanged() {
        reporting = Reporting(snapshot: snapshot, today: today.day)
        derived = ListCache()
        filtered = ListCache()
    }

    /// The smallest screen every view is laid out for.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool {
        width < Self.minimumWidth || height < Self.minimumHeight
    }

    package func text(_ label: Label) -> String {
        label.text(language)
    }

    /// The current report round in words: `报送轮次 2020-11-30，自 2020-07-01 起`; with several
    /// documents on different rounds, each with its documents' codes.
    var roundStatement: String {
        let windows = reporting.distinctWindows
        guard !windows.isEmpty else { return text(.noReportRound) }
        return windows.map { entry in
            let label: Label = entry.window.firstDay == nil ? .reportRound : .reportRoundFrom
            let words = text(label).replacingOccurrences(of: "%1", with: entry.window.round.due.description)
                .replacingOccurrences(of: "%2", with: entry.window.firstDay?.description ?? "")
            return windows.count == 1 ? words : entry.documents.joined(separator: " ") + " " + words
        }.joined(separator: "；")
    }
}

/// What the dashboard knows of other people's changes.
public struct LiveState: Sendable {
    /// Whether the dashboard follows the store (false for a snapshot or a test).
    public var isWatching = false
    /// Space pauses: changes are counted, not applied, until it resumes.
    public var isPaused = false
    public var pendingChanges = 0
    /// When each task was last seen to change; rows are marked for `markSeconds`.
    public var changedAt: [String: Date] = [:]
    /// The newest history entry in the store.
    public var lastChange: ProgressEntry?
    /// The clock, advanced by the runner on every tick, so that drawing stays pure.
    public var now = Date(timeIntervalSince1970: 0)

    public static let markSeconds: TimeInterval = 10

    public func isMarked(_ id: String) -> Bool {
        guard let at = changedAt[id] else { return false }
        return now.timeIntervalSince(at) < Self.markSeconds
    }

    /// Moves the clock to `date` and forgets marks that have run out; true when a mark ran out
    /// or the header's clock shows another minute, that is when the screen must be drawn again.
    public mutating func advance(to date: Date) -> Bool {
        // Time zones are whole minutes from UTC: a minute of the epoch is a minute of the clock.
        let minuteChanged = Self.minute(of: date) != Self.minute(of: now)
        now = date
        let before = changedAt.count
        changedAt = changedAt.filter { now.timeIntervalSince($0.value) < Self.markSeconds }
        return changedAt.count != before || (minuteChanged && isWatching)
    }

    private static func minute(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 60).rounded(.down))
    }
}

/// Which list a scroll offset belongs to.
public struct ScrollKey: Hashable, Sendable {
    public var view: ViewID
    public var panel: Panel
}

/// The filter in force: its text, and a matcher with the names resolved once; the lists test
/// every task against it once per change of the filter.
public struct ActiveFilter: Sendable {
    public var text = ""
    public var matcher: FilterMatcher?

    public var isActive: Bool { matcher != nil }
}

/// The filter prompt: the line being typed, and what is wrong with it when it does not parse
/// (the last good filter stays in force meanwhile); or the `:` prompt, with the id typed.
public struct Prompt: Equatable, Sendable {
    /// What the line is for.
    public enum Kind: Equatable, Sendable {
        case filter
        /// A task's id to go to (`:`).
        case jump
        /// The file to write a report to (`e`, `E`).
        case export(ReportKind)
    }

    public var line: LineEditor
    public var error: String?
    /// The filter text in force when the prompt opened, restored by Esc.
    public var original: String
    public var kind = Kind.filter
}
