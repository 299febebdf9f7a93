import DashboardUI
import Foundation
import ModelRead
import ModelStore

/// Where the dashboard learns that the store changed, and how it reads what changed.
public struct LiveSource {
    public var watcher: ChangeWatcher
    /// What changed since a cursor, read in one transaction.
    public var changes: (ChangeCursor) throws -> StoreChanges
    /// Where the state's snapshot was read.
    public var cursor: ChangeCursor
    /// Told of the snapshot a structural change (an import, a document added) rebuilt from the
    /// whole store, and its cursor.
    public var rebuilt: (Snapshot, ChangeCursor) -> Void

    public init(
        watcher: ChangeWatcher, cursor: ChangeCursor, changes: @escaping (ChangeCursor) throws -> StoreChanges,
        rebuilt: @escaping (Snapshot, ChangeCursor) -> Void = { _, _ in }
    ) {
        self.watcher = watcher
        self.cursor = cursor
        self.changes = changes
        self.rebuilt = rebuilt
    }
}

/// How the dashboard ended: the user quit, or a signal asked it to stop.
public enum DashboardEnding: Equatable, Sendable {
    case quit
    /// SIGINT, SIGTERM or SIGHUP (also a hang-up of the terminal).
    case signal(Int32)

    /// The conventional exit status: 0 for a quit, 128 + the signal's number for a signal
    /// (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP), as a shell reports a command a signal ended.
    public var exitStatus: Int32 {
        switch self {
        case .quit: 0
        case .signal(let number): 128 + number
        }
    }
}

/// The dashboard's event loop: keys, resizes, the clock and the store's changes become actions,
/// the reducer returns the new state and effects, the loop performs the effects (feeding their
/// results back as actions) and shows `render(state)`. It changes no state itself. One thread
/// owns the terminal; one `poll()` waits on the keyboard, the store's change descriptor, a form's
/// write under way (`BackgroundRecording`) and a half-second tick. Events that came together cost
/// one frame and frames go no faster than the terminal reads them (`FrameSchedule`, `LinkPacing`);
/// the store is read at most once a frame interval while commits keep coming (`NewsSchedule`).
public enum DashboardApp {
    /// Runs until the user quits or a signal (SIGINT, SIGTERM, SIGHUP) arrives, and says which;
    /// the terminal is restored on every path out, before this returns.
    /// - Parameters:
    ///   - recorder: makes the writes of the `u` and `c` forms; nil on a read-only seat.
    ///   - config: the config file the views list saves the user's views in; nil when the
    ///     environment names none.
    @discardableResult
    public static func run(
        _ state: inout AppState, terminal options: TerminalOptions, live initialLive: LiveSource? = nil,
        recorder: Recorder? = nil, config: String? = nil
    ) throws(TerminalError) -> DashboardEnding {
        let session = try TerminalSession.open(options: options)
        defer { session.close() }
        var live = initialLive
        let storeDescriptors = live?.watcher.descriptor.map { [$0] } ?? []
        /// The form's write under way, if any: the loop polls its descriptor too.
        var writing: BackgroundRecording?

        /// Runs what the reducer asked for; returns how the dashboard ends when one of them is a
        /// quit, and whether the screen must be drawn.
        func perform(_ effects: [Effect]) -> (ending: DashboardEnding?, draw: Bool) {
            var effects = effects, draw = true
            while !effects.isEmpty {
                switch effects.removeFirst() {
                case .quit: return (.quit, false)
                case .skipDraw: draw = false
                case .redrawAll: session.redrawAll()
                case .prepareSearchIndex: state.snapshot.prepareSearchIndex()
                case .cacheRebuiltSnapshot: live.map { $0.rebuilt(state.snapshot, $0.cursor) }
                case .reload:
                    // A failed read keeps the snapshot and the cursor; the next change tries again.
                    guard let source = live, let changes = try? source.changes(source.cursor) else { continue }
                    live?.cursor = changes.cursor
                    effects += reduce(&state, .changesArrived(changes, now: Date()))
                case .record(let recording):
                    guard let recorder else {
                        effects += reduce(&state, .recorded(.failed(state.readOnly ?? "read-only")))
                        continue
                    }
                    writing = BackgroundRecording(recording, by: recorder)
                    if writing == nil { effects += reduce(&state, .recorded(recorder.record(recording))) }
                case .writeReport(let request):
                    // A plan of 100 000 tasks takes seconds to write: say so on screen first.
                    state.notice = .info(state.text(.exporting).replacingPlaceholders(request.path))
                    session.draw(render(state))
                    effects += reduce(&state, .exported(ReportExport.write(request, of: state)))
                case .writeViews(let edit):
                    // A small file of the user's own: written in place, before the next key.
                    let result = Result { () throws(ViewEditProblem) -> [SavedView] in
                        guard let config else { throw .noConfigPath }
                        return try ConfigViewsFile.apply(edit, path: config)
                    }
                    effects += reduce(&state, .viewsWritten(edit, result))
                }
            }
            return (nil, draw)
        }

        let launch = Launch(
            width: session.width, height: session.height, now: Date(), isWatching: live != nil,
            terminalNotice: session.notices.first)
        _ = perform(reduce(&state, .began(launch)))
        var frames = FrameSchedule()
        var pane = PaneHold()
        let first = render(state)
        pane.remember(first, of: state)
        session.draw(first)
        var news = NewsSchedule()

        /// The clock's tick, with whether another process committed since the store was last read.
        func readNews() -> Action {
            news.read(now: TerminalSession.now())
            let changed = live.map { (try? $0.watcher.hasChanged()) == true } ?? false
            return .tick(now: Date(), storeChanged: changed)
        }

        while true {
            let clear = session.isClearToDraw
            if !clear { frames.linkIsBehind() }
            if frames.shouldDraw(pending: session.pendingEventCount, clear: clear) {
                var grid = render(state)
                let held = frames.holdsPane && pane.hold(on: &grid, of: state)
                if !held { pane.remember(grid, of: state) }
                session.draw(grid)
                frames.drew(heldPane: held)
            } else if frames.shouldWaitForLink(pending: session.pendingEventCount, clear: clear) {
                frames.waitsForLink()
                session.waitForLink()
                continue
            }
            let action: Action
            if news.isDue(now: TerminalSession.now()) && session.pendingEventCount == 0 {
                action = readNews()
            } else {
                let watched = storeDescriptors + (writing.map { [$0.descriptor] } ?? [])
                let now = TerminalSession.now()
                let owed = frames.isUndrawn || frames.isPaneBehind
                let waits = [500, news.millisecondsUntilDue(now: now), owed ? session.millisecondsUntilClear : nil]
                switch session.nextEvent(timeoutMilliseconds: waits.compactMap { $0 }.min()!, watching: watched) {
                case .key(let key):
                    guard let keyAction = DashboardUI.action(for: key, in: state) else { continue }
                    action = keyAction
                case .resize(let width, let height):
                    action = .resize(width: width, height: height)
                case .signal(let number):
                    return .signal(number)
                case .caughtUp:
                    continue
                case .readable(let descriptor) where descriptor == writing?.descriptor:
                    action = .recorded(writing!.finish())
                    writing = nil
                case .readable:
                    // Read at the next frame interval; another file in the store's directory is no news.
                    if live?.watcher.sawStoreFileChange() != false { news.arrived() }
                    continue
                case .tick:
                    action = readNews()
                }
            }
            let (ending, draw) = perform(reduce(&state, action))
            if let ending { return ending }
            frames.took(changed: draw)
        }
    }
}
