import ModelCore

/// A value as the config file writes it: a string, a boolean, or anything else kept as written
/// (a number, an array, a bare word), which no key of the config accepts.
enum ConfigValue: Equatable {
    case string(String)
    case bool(Bool)
    case other(String)
}

/// One `key = value` line.
struct ConfigEntry {
    var key: String
    var value: ConfigValue
    var line: Int
}

/// The file's top level or one `[[view]]` table, with the line of its header (0 for the top level).
struct ConfigTable {
    var line: Int
    var entries: [ConfigEntry] = []
}

/// The strict subset of TOML the config file is written in: comments, `key = value` with a
/// basic or literal string or true/false, and `[[view]]` tables. Errors name the line.
enum ConfigTOML {
    static func parse(_ text: String, file: String) throws(LocatedError) -> (top: ConfigTable, views: [ConfigTable]) {
        var top = ConfigTable(line: 0)
        var views: [ConfigTable] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var reader = ConfigLineReader(characters: Array(index == 0 && line.first == "\u{FEFF}" ? line.dropFirst() : line))
            do throws(ConfigLineReader.Problem) {
                reader.skipSpaces()
                if reader.atEnd || reader.peek == "#" { continue }
                if reader.peek == "[" {
                    try reader.viewHeader()
                    views.append(ConfigTable(line: number))
                    continue
                }
                let (key, value) = try reader.entry()
                let entry = ConfigEntry(key: key, value: value, line: number)
                let table = views.isEmpty ? top : views[views.count - 1]
                if let first = table.entries.first(where: { $0.key == key }) {
                    throw ConfigLineReader.Problem(message: "duplicate key “\(key)” (first at line \(first.line))")
                }
                if views.isEmpty { top.entries.append(entry) } else { views[views.count - 1].entries.append(entry) }
            } catch {
                throw LocatedError(file: file, line: number, message: error.message)
            }
        }
        return (top, views)
    }
}
