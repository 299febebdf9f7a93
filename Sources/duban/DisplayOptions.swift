import ArgumentParser
import DashboardUI
import Foundation
import ModelCore
import ModelRead
import ModelStore

/// What the dashboard and `snapshot` share: language, glyphs, and the state they start from.
struct DisplayOptions: ParsableArguments {
    @Option(help: "zh or en (default: $DUBAN_LANG, else the config's lang, else zh).")
    var lang: Language?

    @Flag(help: "Draw with ASCII only, for terminals that draw ─ ▶ █ two columns wide.")
    var ascii = false

    func config() throws -> DubanConfig {
        try Self.loadConfig()
    }

    /// The config file, or a failure naming its file and line.
    static func loadConfig() throws -> DubanConfig {
        do {
            return try DubanConfig.load(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// Loads the store into a snapshot and builds the dashboard's first state.
    func initialState(storeOptions: StoreOptions) throws -> AppState {
        let open = try storeOptions.open()
        return try open.use { try initialState(snapshot: $0.loadSnapshot().snapshot, today: open.today) }
    }

    /// Everything the dashboard shows of a store, read in one transaction.
    static func snapshot(of store: TaskStore) throws -> Snapshot {
        Snapshot(try store.loadAll())
    }

    /// The dashboard's first state over a store's snapshot.
    func initialState(snapshot: Snapshot, today: Today) throws -> AppState {
        let config = try config()
        let language =
            lang ?? ProcessInfo.processInfo.environment["DUBAN_LANG"].flatMap(Language.init(rawValue:))
            ?? config.lang.flatMap(Language.init(rawValue:)) ?? .zh
        return AppState(
            snapshot: snapshot, today: today, language: language,
            glyphs: ascii ? .ascii : .unicode,
            savedViews: SavedViews.builtIn(today: today.day) + config.views)
    }
}

extension Language: ExpressibleByArgument {}
