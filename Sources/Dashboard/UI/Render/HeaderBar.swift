import Foundation
import ModelCore

/// The two top rows (title with the date; view tabs with totals) and the rule below them.
enum HeaderBar {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout Grid) {
        let language = state.language
        let title = " \(state.text(.appTitle)) \(state.glyphs.dot) \(state.mode == .detail ? state.text(.viewDetail) : state.text(state.view.label))"
        var x = grid.write(title, x: 0, y: 0, role: .title)
        let documents = language == .zh ? "\(state.snapshot.documents.count)份文件" : "\(state.snapshot.documents.count) documents"
        x += grid.write("   \(documents)", x: x, y: 0, role: .dim)
        let date = "   \(state.text(.today)) \(state.today.day)"
        x += grid.write(date, x: x, y: 0, role: .normal)
        if state.today.source == .demo {
            x += grid.write(state.text(.demoDate), x: x, y: 0, role: .accent)
        }
        if state.readOnly != nil {
            x += grid.write("  [\(state.text(.readOnlyBadge))]", x: x, y: 0, role: .behind)
        }
        if state.live.isWatching {
            let clockX = Clock.draw(state.live.now, rightEdge: grid.width, y: 0, into: &grid)
            LiveIndicator.draw(state, x: x + 3, y: 0, limit: clockX - x - 4, into: &grid)
        }

        x = 1
        for tab in tabs(state) {
            x = tab.x + grid.write(tab.text, x: tab.x, y: 1, role: tab.isSelected ? .header : .dim) + 1
        }
        Totals.draw(state, x: x + 3, y: 1, into: &grid)
        grid.fill(x: 0, y: layout.rule.y, count: grid.width, role: .border, character: state.glyphs.rule)
    }
}

extension HeaderBar {
    /// One view's tab on the second row: `[3按单位]` when it is the view shown.
    struct Tab {
        var view: ViewID
        var text: String
        var x: Int
        var width: Int
        var isSelected: Bool
    }

    /// The tabs as drawn, left to right, one column apart; a click finds its view here.
    static func tabs(_ state: AppState) -> [Tab] {
        // Below 100 columns the other views are named by their digit only, so the totals fit.
        let compact = state.width < 100
        var x = 1
        return ViewID.allCases.map { view in
            let selected = view == state.view && state.mode != .detail
            let label = compact && !selected ? "\(view.rawValue)" : "\(view.rawValue)\(state.text(view.label))"
            let text = selected ? "[\(label)]" : label
            let tab = Tab(view: view, text: text, x: x, width: DisplayWidth.of(text), isSelected: selected)
            x += tab.width + 1
            return tab
        }
    }
}

/// `● 实时 14:32:05 王某`, or `‖ 暂停 3` with the changes held back. Where the row has no room
/// for all of it, the name goes first, then the time: never a time cut short.
enum LiveIndicator {
    static func draw(_ state: AppState, x: Int, y: Int, limit: Int, into grid: inout Grid) {
        let live = state.live
        if live.isPaused {
            grid.write("‖ \(state.text(.paused)) \(live.pendingChanges)", x: x, y: y, role: .behind, limit: limit)
            return
        }
        var texts = ["● \(state.text(.live))"]
        if let last = live.lastChange {
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm:ss"
            texts.insert(texts[0] + " \(formatter.string(from: last.at))", at: 0)
            texts.insert(texts[0] + " \(last.actor)", at: 0)
        }
        let text = texts.first { DisplayWidth.of($0) <= limit } ?? texts[texts.count - 1]
        grid.write(text, x: x, y: y, role: .done, limit: limit)
    }
}

/// The wall clock at the right end of the title row, `14:32`, in the local time zone: the hour
/// and minute only, so it is drawn again once a minute (`LiveState.advance(to:)`).
enum Clock {
    /// Draws the time ending one column before `rightEdge`; returns the column it starts at.
    static func draw(_ now: Date, rightEdge: Int, y: Int, into grid: inout Grid) -> Int {
        let time = Calendar.current.dateComponents([.hour, .minute], from: now)
        let text = String(format: "%02d:%02d", time.hour ?? 0, time.minute ?? 0)
        let x = rightEdge - text.count - 1
        grid.write(text, x: x, y: y, role: .dim)
        return x
    }
}

/// 共308 未启动… 推进中… 滞后… 逾期… 受阻… 已完成…, over the filtered tasks. When they do not fit
/// the room left (English at 80 columns), the gaps narrow and the statuses no task has are left out;
/// what still does not fit is left off whole, never cut inside a number.
enum Totals {
    static func draw(_ state: AppState, x start: Int, y: Int, into grid: inout Grid) {
        let counts = state.counts
        let language = state.language
        var segments = [(label: Label.total.counted(counts.tasks, language), count: counts.tasks, role: StyleRole.normal)]
        func add(_ label: String, _ count: Int, _ role: StyleRole) {
            segments.append((language == .zh ? "\(label)\(count)" : "\(label) \(count)", count, role))
        }
        for status in [Status.notStarted, .inProgress, .behind] {
            add(status.label(language), counts.count(status), StatusStyle.role(status))
        }
        add(state.text(.overdue), counts.overdue, .overdue)
        for status in [Status.blocked, .done] {
            add(status.label(language), counts.count(status), StatusStyle.role(status))
        }
        var gap = language == .zh ? " " : "  "
        func width() -> Int { segments.reduce(0) { $0 + DisplayWidth.of($1.label) + gap.count } }
        if width() > grid.width - start {
            gap = " "
            segments = [segments[0]] + segments.dropFirst().filter { $0.count > 0 }
        }
        // Whole segments only: a count cut short (受阻5 for 受阻5012) would be read as another number.
        var x = start
        for segment in segments {
            guard x + DisplayWidth.of(segment.label) <= grid.width else { break }
            x += grid.write(segment.label + gap, x: x, y: y, role: segment.role)
        }
    }
}
