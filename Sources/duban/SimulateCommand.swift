import ArgumentParser
import Foundation
import ModelDemo
import ModelStore

/// `duban simulate`: synthetic progress for demos and live tests.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: localized(zh: "向随机任务写入模拟进展，用于演示和实时测试。", en: "Write synthetic progress to random tasks, for demos and live tests."),
        discussion: localized(
            zh: """
                每次改动都走正常的更新路径（版本检查，历史在同一事务中）。写入者名为 模拟·…（办公室人员 \
                模拟·王芳、模拟·李明、模拟·张伟 写进度和进展，模拟·<领导> 以任务自己的领导写批示），\
                每条进展和批示的文字以【模拟】开头。运行到 --duration 结束、全部任务完成，或 Ctrl-C / \
                SIGTERM 为止；然后打印一行：写入数、重试的冲突、用时。
                """,
            en: """
                Every change goes through the normal update path (version check, history in the same \
                transaction). The actors are named 模拟·… (office staff 模拟·王芳, 模拟·李明, 模拟·张伟 for \
                progress and notes, 模拟·<leader> for a task's own leaders' instructions) and the text of \
                every note and instruction starts with 【模拟】. Runs until --duration ends, every task is \
                done, or Ctrl-C / SIGTERM; then prints one line: writes, conflicts retried, duration.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(localized(zh: "每秒写入次数。", en: "Writes per second.")))
    var rate: Double = 2

    @Option(
        help: ArgumentHelp(
            localized(zh: "运行这么多秒后停止（默认：直到被中断）。", en: "Stop after this many seconds (default: run until interrupted)."), valueName: "seconds"))
    var duration: Double?

    @Option(help: ArgumentHelp(localized(zh: "随机选择的种子（默认随机）。", en: "Seed of the random choices (default: a random one).")))
    var seed: UInt64?

    func validate() throws {
        guard rate > 0, rate <= 1000 else {
            throw ValidationError(localized(zh: "--rate 须大于 0 且不超过 1000，而不是 \(rate)", en: "--rate must be above 0 and at most 1000, not \(rate)"))
        }
        if let duration, !(duration > 0) {
            throw ValidationError(localized(zh: "--duration 须大于 0，而不是 \(duration)", en: "--duration must be above 0, not \(duration)"))
        }
    }

    func run() throws {
        try reportingFailures {
            StopSignal.install()
            let open = try storeOptions.open()
            let (tally, elapsed, ending) = try open.use { store in
                if case let .readOnly(reason) = store.access { throw StoreError.readOnly(path: store.path, reason: reason) }
                return try simulate(store)
            }
            let seconds = String(format: "%.1f", elapsed)
            print(
                localized(
                    zh: "模拟写入 \(tally.writes) 次，用时 \(seconds) 秒（进度 \(tally.updates)，进展 \(tally.notes)，批示 \(tally.instructions)），"
                        + "重试冲突 \(tally.conflicts) 次",
                    en: "simulated \(tally.writes) writes in \(seconds) s (\(tally.updates) progress, "
                        + "\(tally.notes) notes, \(tally.instructions) instructions), \(tally.conflicts) conflicts retried") + ending)
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
            if StopSignal.requested {
                return (simulator.tally, Date().timeIntervalSince(start), localized(zh: "，因信号停止", en: ", stopped by a signal"))
            }
            guard try simulator.step(at: Date()) else {
                return (simulator.tally, Date().timeIntervalSince(start), localized(zh: "，全部任务已完成", en: ", every task is done"))
            }
            written += 1
        }
    }
}
