import ArgumentParser

/// duban (督办): follow a district government's supervised tasks until they are done.
@main
struct Duban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duban",
        abstract: "督办看板 — follow the tasks of a government work plan until they are done.",
        discussion: """
            With no subcommand, opens the dashboard. The store is --db PATH, else $DUBAN_DB, else \
            $XDG_DATA_HOME/duban/duban.sqlite; that default store is filled with the bundled 2020 \
            plan of 利通区 on first use and opens at its demo date, 2020-07-01.
            """,
        subcommands: [
            DashboardCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self, SnapshotCommand.self,
            ShowCommand.self, UpdateCommand.self, HistoryCommand.self, RoundsCommand.self, InitCommand.self,
            UnitsCommand.self, SimulateCommand.self, GenCommand.self
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
