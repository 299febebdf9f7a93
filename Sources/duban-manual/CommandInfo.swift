/// The part of the argument parser's description of a tool (`TOOL --experimental-dump-help`,
/// serialization version 0) that a manual page shows.
struct ToolInfo: Decodable {
    var serializationVersion: Int
    var command: CommandInfo
}

/// A command: its name, what it does, its arguments and its subcommands.
struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [ArgumentInfo]?
    var subcommands: [CommandInfo]?
}

/// An option, a flag or a positional argument.
struct ArgumentInfo: Decodable {
    /// How an argument is named: `-h` is short, `--help` long.
    struct Name: Decodable {
        var kind: String
        var name: String
    }

    var kind: String
    var names: [Name]?
    var valueName: String?
    var abstract: String?
    var discussion: String?
    var defaultValue: String?
    var allValues: [String]?
    var isRepeating: Bool?
    var shouldDisplay: Bool?
}
