import ArgumentParser
import DashboardUI
import Foundation
import ModelCore
import ModelRead
import ModelStore

/// What the dashboard and `snapshot` share: language, glyphs, and the state they start from.
struct DisplayOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Flag(
        help: ArgumentHelp(
            localized(zh: "只用 ASCII 绘制，用于把 ─ ▶ █ 画成两列宽的终端。", en: "Draw with ASCII only, for terminals that draw ─ ▶ █ two columns wide.")))
    var ascii = false

    /// Loads the store into a snapshot and builds the dashboard's first state.
    func initialState(storeOptions: StoreOptions) throws -> AppState {
        let open = try storeOptions.open()
        return try open.use { try initialState(snapshot: $0.loadSnapshot().snapshot, today: open.today) }
    }

    /// Everything the dashboard shows of a store, read in one transaction.
    static func snapshot(of store: TaskStore) throws -> Snapshot {
        Snapshot(try store.loadAll())
    }

    /// The dashboard's first state over a store's snapshot, in the command line's language.
    func initialState(snapshot: Snapshot, today: Today) throws -> AppState {
        let views = try ConfigFile.config().views
        return AppState(
            snapshot: snapshot, today: today, language: CLILanguage.current,
            glyphs: ascii ? .ascii : .unicode,
            savedViews: SavedViews.builtIn(today: today.day) + views)
    }
}
