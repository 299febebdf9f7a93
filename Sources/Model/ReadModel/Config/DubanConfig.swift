import ModelCore

/// The user's settings and saved views, from `config.toml`:
///
/// ```toml
/// read_only = false
/// lang = "zh"
/// theme = "auto"
/// columns = "任务=B,领导=C,牵头=D"   # how `duban import` reads a ledger whose headers it cannot tell
/// [[view]]
/// name = "金积镇逾期"
/// filter = "town:金积镇 overdue"
/// ```
///
/// Settings come before the first `[[view]]`. Each view's filter must parse, and its name must be
/// new (neither another view's nor a built-in one's). `lang` and `theme` take one of their values
/// (`languages`, `themes`): another is an error naming them. A key the file may not have (a typo, or
/// one of a later version) is not refused: it is ignored with a warning, in `warnings`.
public struct DubanConfig: Equatable, Sendable {
    /// The values `lang` takes: the interface languages.
    public static let languages = Language.allCases.map(\.rawValue)
    /// The values `theme` takes: the terminal's themes (`ThemeChoice`, which a test holds to this).
    public static let themes = ["auto", "color", "mono"]

    public var views: [SavedView]
    public var readOnly: Bool?
    public var lang: String?
    public var theme: String?
    /// The column mapping `duban import` uses for a table when `--columns` is not given.
    public var columns: String?
    /// The keys ignored, each with its line: `unknown key “colour”, ignored`.
    public var warnings: [LocatedError]

    public init(
        views: [SavedView] = [], readOnly: Bool? = nil, lang: String? = nil, theme: String? = nil, columns: String? = nil,
        warnings: [LocatedError] = []
    ) {
        self.views = views
        self.readOnly = readOnly
        self.lang = lang
        self.theme = theme
        self.columns = columns
        self.warnings = warnings
    }

    /// Reads a config file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(LocatedError) -> DubanConfig {
        let (top, tables) = try ConfigTOML.parse(text, file: file)
        var config = DubanConfig()
        for entry in top.entries {
            switch entry.key {
            case "read_only": config.readOnly = try bool(entry, file: file)
            case "lang": config.lang = try oneOf(languages, entry, file: file)
            case "theme": config.theme = try oneOf(themes, entry, file: file)
            case "columns": config.columns = try string(entry, file: file)
            default: config.warnings.append(LocatedError(file: file, line: entry.line, message: "unknown key “\(entry.key)”, ignored"))
            }
        }
        var nameLines: [String: Int] = [:]
        for table in tables {
            let view = try view(table, file: file, warnings: &config.warnings)
            let line = table.entries.first { $0.key == "name" }!.line
            if SavedViews.builtInNames.contains(view.nameZh) {
                throw LocatedError(file: file, line: line, message: "view name “\(view.nameZh)” is taken by a built-in view")
            }
            if let first = nameLines[view.nameZh] {
                throw LocatedError(file: file, line: line, message: "duplicate view name “\(view.nameZh)” (first at line \(first))")
            }
            nameLines[view.nameZh] = line
            config.views.append(view)
        }
        return config
    }

    private static func view(_ table: ConfigTable, file: String, warnings: inout [LocatedError]) throws(LocatedError) -> SavedView {
        var name: String?
        var filter: (text: String, line: Int)?
        for entry in table.entries {
            switch entry.key {
            case "name":
                name = try string(entry, file: file)
                if name!.isEmpty { throw LocatedError(file: file, line: entry.line, message: "view name is empty") }
            case "filter":
                filter = (try string(entry, file: file), entry.line)
            case "read_only", "lang", "theme", "columns":
                throw LocatedError(file: file, line: entry.line, message: "\(entry.key) must come before the first [[view]]")
            default:
                warnings.append(LocatedError(file: file, line: entry.line, message: "unknown key “\(entry.key)” in [[view]], ignored"))
            }
        }
        guard let name else { throw LocatedError(file: file, line: table.line, message: "[[view]] has no name") }
        guard let filter else { throw LocatedError(file: file, line: table.line, message: "view “\(name)” has no filter") }
        do {
            _ = try FilterExpression.parse(filter.text)
        } catch {
            throw LocatedError(file: file, line: filter.line, message: "view “\(name)”: filter “\(filter.text)”: \(error)")
        }
        return SavedView(name: name, filter: filter.text)
    }

    private static func string(_ entry: ConfigEntry, file: String) throws(LocatedError) -> String {
        guard case .string(let text) = entry.value else {
            throw LocatedError(file: file, line: entry.line, message: "\(entry.key) must be a string in quotes, not \(written(entry.value))")
        }
        return text
    }

    /// A string that is one of `allowed`: `theme must be "auto", "color" or "mono", not "dark"`.
    private static func oneOf(_ allowed: [String], _ entry: ConfigEntry, file: String) throws(LocatedError) -> String {
        let text = try string(entry, file: file)
        guard allowed.contains(text) else {
            let quoted = allowed.map { "\"\($0)\"" }
            let choices = quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
            throw LocatedError(file: file, line: entry.line, message: "\(entry.key) must be \(choices), not \(written(entry.value))")
        }
        return text
    }

    private static func bool(_ entry: ConfigEntry, file: String) throws(LocatedError) -> Bool {
        guard case .bool(let value) = entry.value else {
            throw LocatedError(file: file, line: entry.line, message: "\(entry.key) must be true or false, not \(written(entry.value))")
        }
        return value
    }

    private static func written(_ value: ConfigValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .bool(let value): "\(value)"
        case .other(let raw): raw
        }
    }
}
