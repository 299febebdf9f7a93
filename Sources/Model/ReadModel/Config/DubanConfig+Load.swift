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
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return DubanConfig()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LocatedError(file: path, line: 0, message: "cannot read the file")
        }
        let bytes = [UInt8](data)
        if let offset = ByteText.invalidUTF8Offset(in: bytes) {
            throw LocatedError(file: path, line: ByteText.line(of: offset, in: bytes), message: "not UTF-8 text")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: path)
    }
}
