import ArgumentParser
import Foundation
import ModelDemo
import ModelStore

/// `duban simulate`: synthetic progress for demos and live tests.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write synthetic progress to random tasks, for demos and live tests.",
        discussion: """
            Every change goes through the normal update path (version check, history in the same \
            transaction). The actors are named 模拟·… (office staff 模拟·王芳, 模拟·李明, 模拟·张伟 for \
            progress and notes, 模拟·<leader> for a task's own leaders' instructions) and the text of \
            every note and instruction starts with 【模拟】. Runs until --duration ends, every task is \
            done, or Ctrl-C / SIGTERM; then prints one line: writes, conflicts retried, duration.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Writes per second.")
    var rate: Double = 2

    @Option(help: ArgumentHelp("Stop after this many seconds (default: run until interrupted).", valueName: "seconds"))
    var duration: Double?

    @Option(help: "Seed of the random choices (default: a random one).")
    var seed: UInt64?

    func validate() throws {
        guard rate > 0, rate <= 1000 else { throw ValidationError("--rate must be above 0 and at most 1000, not \(rate)") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be above 0, not \(duration)") }
    }

    func run() throws {
        try reportingFailures {
            StopSignal.install()
            let open = try storeOptions.open()
            let (tally, elapsed, ending) = try open.use { store in
                if case let .readOnly(reason) = store.access { throw StoreError.readOnly(path: store.path, reason: reason) }
                return try simulate(store)
            }
            print(
                "simulated \(tally.writes) writes in \(String(format: "%.1f", elapsed)) s (\(tally.updates) progress, "
                    + "\(tally.notes) notes, \(tally.instructions) instructions), \(tally.conflicts) conflicts retried" + ending)
        }
    }

    /// Writes at `rate` until the duration is over, a signal arrives or nothing is left to move.
    private func simulate(_ store: SQLiteStore) throws -> (Simulator.Tally, TimeInterval, String) {
        var simulator = try Simulator(store: store, seed: seed ?? UInt64.random(in: 0...UInt64.max))
        let start = Date()
        var written = 0
        while true {
            let due = Double(written) / rate
            if let duration, due >= duration { return (simulator.tally, Date().timeIntervalSince(start), "") }
            while Date().timeIntervalSince(start) < due, !StopSignal.requested {
                Thread.sleep(forTimeInterval: min(0.1, due - Date().timeIntervalSince(start)))
            }
            if StopSignal.requested { return (simulator.tally, Date().timeIntervalSince(start), ", stopped by a signal") }
            guard try simulator.step(at: Date()) else { return (simulator.tally, Date().timeIntervalSince(start), ", every task is done") }
            written += 1
        }
    }
}
