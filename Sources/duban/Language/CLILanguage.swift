import Foundation
import ModelCore

/// The language of the command line's words (help texts, summaries, messages, table headers and
/// footers) and of the dashboard: `--lang`, else `DUBAN_LANG`, else the config's `lang`, else the
/// locale's (`Language.chosen`). It is chosen once, before the arguments are parsed, because the
/// help texts are made before the parse: so `--lang` is read from the arguments here.
enum CLILanguage {
    static let current = Language.chosen(
        option: option(in: CommandLine.arguments), environment: ProcessInfo.processInfo.environment,
        config: try? ConfigFile.loaded.get().lang)

    /// The language of `--lang X` or `--lang=X` before a `--`; nil when there is none, or when it
    /// names no language (the parser then says so).
    static func option(in arguments: [String]) -> Language? {
        let options = arguments.dropFirst().prefix { $0 != "--" }
        for (index, argument) in zip(options.indices, options) {
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst("--lang=".count))) }
            if argument == "--lang", index + 1 < options.endIndex { return Language(rawValue: options[index + 1]) }
        }
        return nil
    }
}

/// One of the command line's texts in its language: the Chinese or the English.
func localized(zh: String, en: String) -> String {
    CLILanguage.current == .zh ? zh : en
}
