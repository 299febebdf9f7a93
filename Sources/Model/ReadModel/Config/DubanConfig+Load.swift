import Foundation
import ModelCore

extension DubanConfig {
    /// Where the config file is: `$DUBAN_CONFIG`, else `$XDG_CONFIG_HOME/duban/config.toml`, else
    /// `~/.config/duban/config.toml`; nil when the environment names no home.
    public static func path(environment: [String: String]) -> String? {
        if let explicit = environment["DUBAN_CONFIG"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/duban/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/duban/config.toml" }
        return nil
    }

    /// Reads the config file at `path(environment:)`; no file there means an empty config.
    public static func load(environment: [String: String]) throws(LocatedError) -> DubanConfig {
        guard let path = path(environment: environment), let text = try text(at: path) else { return DubanConfig() }
        return try parse(text, file: path)
    }

    /// The text of the config file at `path`, nil when there is none; refused when it cannot be
    /// read or is not UTF-8.
    static func text(at path: String) throws(LocatedError) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LocatedError(file: path, line: 0, message: "cannot read the file")
        }
        let bytes = [UInt8](data)
        if let offset = ByteText.invalidUTF8Offset(in: bytes) {
            throw LocatedError(file: path, line: ByteText.line(of: offset, in: bytes), message: "not UTF-8 text")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
