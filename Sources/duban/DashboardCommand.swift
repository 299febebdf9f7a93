import ArgumentParser
import DashboardTerminal
import DashboardUI
import Foundation
import ModelCore
import ModelRead
import ModelStore

/// `duban` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: localized(zh: "打开看板（默认）。", en: "Open the dashboard (the default).")
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    @Option(
        help: ArgumentHelp(
            localized(zh: "auto、color 或 mono（默认 auto；设了 NO_COLOR 即为 mono）。", en: "auto, color or mono (default: auto; NO_COLOR forces mono).")))
    var theme: ThemeChoice?

    @Flag(
        help: ArgumentHelp(
            localized(
                zh: "只读：拒绝一切会改动数据的键（也可在配置文件写 read_only = true）。",
                en: "Watch only: every key that would change data is refused (also read_only = true in the config).")))
    var readOnly = false

    @Flag(help: "Leave the mouse to the terminal (to select text) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        // The store is closed and the terminal restored before the exit status is set.
        let ending = try reportingFailures { () throws -> DashboardEnding in
            let open = try storeOptions.open()
            let store = open.store
            defer { try? store.close() }
            let watcher = try ChangeWatcher(path: store.path)
            // The next start reads the image instead of every row; the writing stops at the exit.
            let image = SnapshotImageUpkeep(store: store)
            defer { image.stop() }
            // What was read is let go once the state holds it, and the dashboard runs on this very
            // state (`inout`): its snapshot is then the only owner of its tasks, and the first live
            // change updates them in place instead of copying every task.
            var (state, cursor) = try { () throws -> (AppState, ChangeCursor) in
                let (snapshot, cursor, source) = try store.loadSnapshot()
                image.loaded(snapshot, cursor: cursor, source: source)
                return (try displayOptions.initialState(snapshot: snapshot, today: open.today), cursor)
            }()
            let live = LiveSource(
                watcher: watcher, cursor: cursor, changes: { try store.changes(since: $0) },
                rebuilt: { image.loaded($0, cursor: $1, source: .rows) })
            let config = try ConfigFile.config()
            state.readOnly = readOnlyReason(config: config, store: store)
            // Said once on stderr before the command ran; once more where the dashboard shows it.
            if let warning = ConfigFile.notice(config.warnings) { state.notice = .info(warning) }
            let recorder = state.readOnly == nil ? Recorder(store: store, actor: Actor.current()) : nil
            let choice = theme ?? config.theme.flatMap(ThemeChoice.init(rawValue:)) ?? .auto
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            do {
                let ending = try DashboardApp.run(
                    &state, terminal: TerminalOptions(theme: choice, noColor: noColor, mouse: !noMouse),
                    live: live, recorder: recorder, config: DubanConfig.path(environment: ProcessInfo.processInfo.environment))
                // The process ends next: its memory goes at once, while freeing the tasks one by one
                // held the shell's prompt back (0.5 s at a million tasks). So the state is kept.
                _ = Unmanaged.passRetained(KeptUntilExit(state))
                return ending
            } catch {
                throw CommandFailure(message: "\(error)")
            }
        }
        // A signal ends the process as shells report one: 128 + its number (129 SIGHUP, 130 SIGINT, 143 SIGTERM).
        if ending != .quit { throw ExitCode(ending.exitStatus) }
    }

    /// Why this seat may not write, in the words the status line shows; nil when it may.
    private func readOnlyReason(config: DubanConfig, store: SQLiteStore) -> String? {
        if case let .readOnly(reason) = store.access {
            // The status line is one row: the file's name says enough there.
            return reason.replacingOccurrences(of: store.path, with: URL(fileURLWithPath: store.path).lastPathComponent)
        }
        if readOnly { return "--read-only" }
        if config.readOnly == true {
            return "read_only = true (\(DubanConfig.path(environment: ProcessInfo.processInfo.environment) ?? "config"))"
        }
        return nil
    }
}

extension ThemeChoice: ExpressibleByArgument {}

/// A value the process keeps until it exits instead of freeing it.
private final class KeptUntilExit<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
