import ArgumentParser

/// `duban-bench`: in-process timings of duban on large stores (build with -c release).
@main
struct DubanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duban-bench",
        abstract: "In-process timings of duban (build with -c release).",
        subcommands: [ReloadBenchmark.self, DashboardBenchmark.self],
        defaultSubcommand: ReloadBenchmark.self
    )
}
