import Foundation

/// Where the store lives: `--db PATH`, else `$DUBAN_DB`, else `$XDG_DATA_HOME/duban/duban.sqlite`
/// (`~/.local/share/duban/duban.sqlite`).
public struct StoreLocation: Equatable, Sendable {
    /// Where the path came from, as a message names it.
    public enum Source: String, Equatable, Sendable {
        case option = "--db"
        case environment = "DUBAN_DB"
        case standard = "the default location"
    }

    public var path: String
    public var source: Source
    /// True for the per-user default location, the one store seeded with the bundled sample data.
    public var isDefault: Bool { source == .standard }

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, source: .option) }
        if let path = environment["DUBAN_DB"], !path.isEmpty { return StoreLocation(path: path, source: .environment) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return StoreLocation(path: dataHome + "/duban/duban.sqlite", source: .standard)
    }

    /// Why this location cannot be opened as a store, before anything is made: a database URL
    /// (`postgresql://…`), which is never taken for a file's path; or, unless `creating`, a store
    /// that does not exist yet (a mistyped `--db` or `DUBAN_DB` makes nothing). Nil when it can.
    public func refusal(creating: Bool) -> String? {
        if let scheme = path.range(of: "://").map({ String(path[..<$0.lowerBound]) }), !scheme.contains("/") {
            return "\(source.rawValue) \(path): a database URL; this build keeps its store in an SQLite file (\(scheme) stores are not supported yet)"
        }
        guard !creating, !isDefault, !FileManager.default.fileExists(atPath: path) else { return nil }
        return
            "no store at \(path) (from \(source.rawValue)); nothing was created (duban import FILE makes one; duban init --shared DIR a shared one)"
    }
}
