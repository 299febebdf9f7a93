import ArgumentParser
import Model

/// `duban` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the dashboard (the default)."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let tasks = try open.use { try $0.tasks() }
            // The full-screen dashboard is issue 3; until it lands, say so and show what it would open.
            print("duban: the full-screen dashboard is not built yet.")
            print("Store \(open.store.path): \(tasks.count) tasks, today \(open.today.day)"
                  + (open.today.source == .demo ? " (demo date)" : "") + ". Try `duban list` or `duban show P2-8`.")
        }
    }
}
