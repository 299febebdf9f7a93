import Foundation

/// Where the store lives: `--db PATH`, else `$DUBAN_DB`, else `$XDG_DATA_HOME/duban/duban.sqlite`
/// (`~/.local/share/duban/duban.sqlite`).
public struct StoreLocation: Equatable, Sendable {
    public var path: String
    /// True for the per-user default location, the one store seeded with the bundled sample data.
    public var isDefault: Bool

    public init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, isDefault: false) }
        if let path = environment["DUBAN_DB"], !path.isEmpty { return StoreLocation(path: path, isDefault: false) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return StoreLocation(path: dataHome + "/duban/duban.sqlite", isDefault: true)
    }
}
