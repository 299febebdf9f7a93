import Foundation
import ModelCore
import ModelRead

/// The config file, read once per process: every command checks it before it runs (a wrong value
/// ends the command in one line; each key it ignores is one warning on stderr), and reads its
/// settings from here.
enum ConfigFile {
    static let loaded = Result { () throws(LocatedError) in try DubanConfig.load(environment: ProcessInfo.processInfo.environment) }

    /// The config, or a failure naming its file and line.
    static func config() throws -> DubanConfig {
        do {
            return try loaded.get()
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// Before a command runs: a wrong value fails it; the keys ignored are said, one line each.
    static func check() throws {
        let config = try reportingFailures { () throws -> DubanConfig in try Self.config() }
        for warning in config.warnings {
            FileHandle.standardError.write(Data("duban: \(SafeText.line(line(warning)))\n".utf8))
        }
    }

    /// What the dashboard's status line says once when keys were ignored: the first, with the
    /// file's name only (the status line is one row), and how many more stderr listed.
    static func notice(_ warnings: [LocatedError]) -> String? {
        guard var first = warnings.first else { return nil }
        first.file = URL(fileURLWithPath: first.file).lastPathComponent
        let more = warnings.count - 1
        return line(first) + (more > 0 ? localized(zh: "（另有 \(more) 条，见 stderr）", en: " (and \(more) more, on stderr)") : "")
    }

    /// `config.toml:2: warning: unknown key “colour”, ignored`.
    private static func line(_ warning: LocatedError) -> String {
        "\(warning.file):\(warning.line): " + localized(zh: "警告：", en: "warning: ") + warning.message
    }
}
