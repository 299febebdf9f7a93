import ArgumentParser
import Foundation
import ModelCore
import ModelDemo
import ModelRead
import ModelStore

/// The options every command that opens the store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            localized(
                zh: "库的路径（默认：$DUBAN_DB，否则 $XDG_DATA_HOME/duban/duban.sqlite）。",
                en: "The store's path (default: $DUBAN_DB, else $XDG_DATA_HOME/duban/duban.sqlite)."),
            valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            localized(
                zh: "计算“逾期”所依据的日期（默认：库的演示日期，否则今天）。",
                en: "The date “overdue” is measured against (default: the store's demo date, else today)."),
            valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else {
                throw ValidationError(localized(zh: "--today 须为日期 YYYY-MM-DD，而不是“\(text)”", en: "--today must be a date YYYY-MM-DD, not “\(text)”"))
            }
            return day
        })
    var today: Day?

    /// The directory of units an import reads names through: the store's own once the store
    /// exists; the bundled one before, so that reading a file creates no store.
    func directory() throws -> Directory {
        let location = StoreLocation.resolve(option: db)
        guard FileManager.default.fileExists(atPath: location.path) else { return .standard }
        let store = try SQLiteStore(path: location.path)
        defer { try? store.close() }
        return try store.directory()
    }

    /// Opens the store, seeding the default one with the bundled sample on first use. Only
    /// commands that make a store (`import`, `init`, `units import`) pass `creating`; the others
    /// refuse a store that does not exist, and a database URL, in one line, making nothing.
    func open(creating: Bool = false) throws -> OpenStore {
        let location = StoreLocation.resolve(option: db)
        if let refusal = location.refusal(creating: creating) { throw CommandFailure(message: refusal) }
        let store = try SQLiteStore(path: location.path)
        if location.isDefault { try SampleData.seedIfEmpty(store) }
        return OpenStore(store: store, today: try Today.resolve(option: today, store: store))
    }
}

/// A store opened for one command, closed when the command ends.
struct OpenStore {
    let store: SQLiteStore
    let today: Today

    /// Runs `body` and closes the store whatever happens, so the WAL is checkpointed into the file.
    func use<T>(_ body: (SQLiteStore) throws -> T) throws -> T {
        defer { try? store.close() }
        return try body(store)
    }
}
