/// One man(7) page for a tool and all its subcommands, from the argument parser's description of
/// it: name, synopsis, description and options, then a section per subcommand with its own.
struct ManualPage {
    /// The page's own words, in the language the help texts are in.
    struct Words {
        var name, synopsis, description, options, commands: String
        /// In the synopses.
        var subcommand, option: String
        /// Before an option's values and its default, and the brackets around them.
        var values, byDefault, open, close: String

        static let en = Words(
            name: "NAME", synopsis: "SYNOPSIS", description: "DESCRIPTION", options: "OPTIONS", commands: "COMMANDS",
            subcommand: "subcommand", option: "options", values: "values: ", byDefault: "default: ", open: " (", close: ")")
        static let zh = Words(
            name: "名称", synopsis: "概要", description: "描述", options: "选项", commands: "命令", subcommand: "子命令", option: "选项",
            values: "取值：", byDefault: "默认：", open: "（", close: "）")
    }

    let tool: CommandInfo
    /// What `TOOL --version` printed, for the page's footer.
    let version: String
    let words: Words

    var text: String {
        let name = tool.commandName
        var lines = [
            #".TH "\#(name.uppercased())" 1 "" "\#(name) \#(version)""#, ".ad l", ".nh",
            ".SH \(words.name)", Roff.text("\(name) - \(tool.abstract ?? "")"),
            ".SH \(words.synopsis)", synopsis(tool, path: [name]),
            ".SH \(words.description)"
        ]
        lines += paragraphs(tool.discussion)
        lines += [".SH \(words.options)"] + arguments(of: tool, includingShared: true)
        lines.append(".SH \(words.commands)")
        for subcommand in displayed(tool.subcommands) {
            lines += section(subcommand, path: [name])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A subcommand's section, then its own subcommands'.
    private func section(_ command: CommandInfo, path: [String]) -> [String] {
        let path = path + [command.commandName]
        var lines = [".SS \"\(Roff.text(path.joined(separator: " ")))\"", synopsis(command, path: path), ".PP"]
        lines += paragraphs([command.abstract, command.discussion].compactMap { $0 }.joined(separator: "\n\n"))
        lines += arguments(of: command, includingShared: false)
        for subcommand in displayed(command.subcommands) {
            lines += section(subcommand, path: path)
        }
        return lines
    }

    /// `duban list [options]`, `duban update [options] id`.
    private func synopsis(_ command: CommandInfo, path: [String]) -> String {
        let positionals = shown(command.arguments).filter { $0.kind == "positional" }.map { "\\fI\(Roff.text($0.valueName ?? ""))\\fR" }
        let subcommand = displayed(command.subcommands).isEmpty ? [] : ["[\\fI\(words.subcommand)\\fR]"]
        return (["\\fB\(Roff.text(path.joined(separator: " ")))\\fR"] + subcommand + ["[\\fI\(words.option)\\fR]"] + positionals)
            .joined(separator: " ")
    }

    /// A tagged paragraph per argument. `--help` and `--version`, which every subcommand lists
    /// again, are said once, at the top.
    private func arguments(of command: CommandInfo, includingShared: Bool) -> [String] {
        shown(command.arguments).filter { argument in
            includingShared || !(argument.names ?? []).contains { $0.kind == "long" && ["help", "version"].contains($0.name) }
        }.flatMap { argument -> [String] in
            var notes: [String] = []
            if let values = argument.allValues, !values.isEmpty {
                notes.append(words.open + words.values + values.joined(separator: ", ") + words.close)
            }
            if let value = argument.defaultValue { notes.append(words.open + words.byDefault + value + words.close) }
            let abstract = (argument.abstract ?? "") + notes.joined()
            return [".TP", tag(argument)] + paragraphs(abstract) + paragraphs(argument.discussion)
        }
    }

    /// `\fB\-h\fR, \fB\-\-help\fR`, `\fB\-\-db\fR \fIpath\fR`, `\fIid\fR`.
    private func tag(_ argument: ArgumentInfo) -> String {
        let value = "\\fI\(Roff.text(argument.valueName ?? ""))\\fR" + (argument.isRepeating == true ? " ..." : "")
        guard argument.kind != "positional" else { return value }
        let names = (argument.names ?? []).map { "\\fB\(Roff.text(($0.kind == "short" ? "-" : "--") + $0.name))\\fR" }
        return names.joined(separator: ", ") + (argument.kind == "option" ? " " + value : "")
    }

    /// Text as paragraphs, one for each blank-line-separated block.
    private func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n\n").enumerated().flatMap { index, block in
            (index == 0 ? [] : [".PP"]) + block.split(separator: "\n").map { Roff.text(String($0)) }
        }
    }

    private func shown(_ arguments: [ArgumentInfo]?) -> [ArgumentInfo] {
        (arguments ?? []).filter { $0.shouldDisplay != false }
    }

    /// The subcommands a user would use: not the parser's own `help`.
    private func displayed(_ commands: [CommandInfo]?) -> [CommandInfo] {
        (commands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }
}
