import ArgumentParser

/// duban (督办): follow a district government's supervised tasks until they are done.
@main
struct Duban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duban",
        abstract: localized(
            zh: "督办看板：跟踪政府工作方案的每项任务，直到完成。",
            en: "督办看板 — follow the tasks of a government work plan until they are done."),
        discussion: localized(
            zh: """
                不带子命令时打开看板。库为 --db PATH，否则 $DUBAN_DB，否则 \
                $XDG_DATA_HOME/duban/duban.sqlite；这个默认库首次使用时装入随附的利通区 2020 年方案，\
                以其演示日期 2020-07-01 打开。文字的语言：--lang，否则 $DUBAN_LANG，否则配置文件的 lang，\
                否则按语言环境（英文环境为英文，其他为中文）。
                """,
            en: """
                With no subcommand, opens the dashboard. The store is --db PATH, else $DUBAN_DB, else \
                $XDG_DATA_HOME/duban/duban.sqlite; that default store is filled with the bundled 2020 \
                plan of 利通区 on first use and opens at its demo date, 2020-07-01. The language of its \
                words: --lang, else $DUBAN_LANG, else the config's lang, else the locale's (English in an \
                English locale, else Chinese).
                """),
        version: DubanVersion.current,
        subcommands: [
            DashboardCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self, SnapshotCommand.self,
            ShowCommand.self, UpdateCommand.self, HistoryCommand.self, RoundsCommand.self, InitCommand.self,
            UnitsCommand.self, ReportCommand.self, SimulateCommand.self, GenCommand.self
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses the arguments, checks the config file (`ConfigFile.check`), then runs the command.
    /// Help (the parser's own `help` command, which `--help` runs too), `--version` and the
    /// completion scripts work whatever the config says.
    static func main() {
        do {
            var command = try parseAsRoot()
            if type(of: command).configuration.commandName != "help" { try ConfigFile.check() }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
