import ArgumentParser
import Dashboard
import Foundation
import Model

/// `duban` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the dashboard (the default)."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    @Option(help: "auto, color or mono (default: auto; NO_COLOR forces mono).")
    var theme: ThemeChoice?

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let state = try open.use { try displayOptions.initialState(store: $0, today: open.today) }
            let reader = try SQLiteStore(path: open.store.path)
            defer { try? reader.close() }
            let live = LiveSource(watcher: try ChangeWatcher(path: open.store.path)) { try DisplayOptions.snapshot(of: reader) }
            let config = try displayOptions.config()
            let choice = theme ?? config.theme.flatMap(ThemeChoice.init(rawValue:)) ?? .auto
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            do {
                try DashboardApp.run(state, terminal: TerminalOptions(theme: choice, noColor: noColor), live: live)
            } catch {
                throw CommandFailure(message: "\(error)")
            }
        }
    }
}

extension ThemeChoice: ExpressibleByArgument {}
