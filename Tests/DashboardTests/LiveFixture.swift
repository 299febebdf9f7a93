import Foundation
import ModelDemo
import ModelRead
import ModelStore

@testable import DashboardUI

/// A real store of the bundled gazette and a dashboard state loaded from it at the demo date:
/// writes go to the store, and `pull` applies them the way the runner does.
final class LiveFixture {
    let directory: URL
    let store: SQLiteStore
    private(set) var cursor: ChangeCursor
    var state: AppState

    init(width: Int = 120, height: Int = 40) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-live-\(UUID().uuidString)")
        store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        _ = try store.apply(try SampleData.gazette().batch)
        let contents = try store.loadAll()
        cursor = contents.cursor
        let today = Today(day: SampleData.demoToday, source: .demo)
        state = AppState(
            snapshot: Snapshot(contents), today: today, width: width, height: height,
            savedViews: SavedViews.builtIn(today: today.day))
        _ = reduce(&state, .began(Launch(width: width, height: height, now: Date(), isWatching: true)))
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A note by `actor` on each task, at `at` (default: the demo date, 10:00 local time).
    func note(_ ids: [String], by actor: String = "王芳", at: Date? = nil) throws {
        let when = at ?? DateComponents(calendar: .current, year: 2020, month: 7, day: 1, hour: 10).date!
        for id in ids {
            _ = try store.update(id: id, status: nil, progress: nil, note: "已报送", kind: .note, actor: actor, at: when, ifVersion: nil)
        }
    }

    /// Reads what changed since the last pull and applies it at `now`, through the reducer as
    /// the runner does: the tick that saw the change asks for a reload (unless paused), the
    /// reload's result arrives as an action. Returns the effects of that last action.
    @discardableResult
    func pull(now: Date = Date()) throws -> [Effect] {
        let asked = reduce(&state, .tick(now: now, storeChanged: true))
        guard asked == [.reload] else { return asked }
        let changes = try store.changes(since: cursor)
        cursor = changes.cursor
        return reduce(&state, .changesArrived(changes, now: now))
    }

    func press(_ keys: String) {
        DashboardFixture.press(keys, on: &state)
    }
}
