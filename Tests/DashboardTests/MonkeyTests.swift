import Foundation
import ModelDemo
import ModelRead
import ModelStore
import TestSupport
import Testing

@testable import DashboardTerminal
@testable import DashboardUI

/// Random keys and resizes against the reducer and the renderer over the bundled gazette, with
/// the invariants of `MonkeyInvariants` checked after every one. The forms' writes go to a real
/// store, the views list's to a config file. 1,000 inputs by default (a debug build renders a frame in 15–50 ms); `DUBAN_MONKEY_KEYS=100000 swift test --filter MonkeyTests`
/// for the long run (`DUBAN_MONKEY_KEYS_SEED` picks another seed).
@Suite struct MonkeyTests {
    @Test func randomKeysAndResizesKeepEveryInvariant() throws {
        let settings = RunSettings(prefix: "DUBAN_MONKEY_KEYS", defaultCount: 1_000)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-monkey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("monkey.sqlite").path)
        defer { try? store.close() }
        try SampleData.seedIfEmpty(store)
        let recorder = Recorder(store: store, actor: "monkey")

        let config = directory.appendingPathComponent("config.toml").path
        try "# the monkey's own views\n[[view]]\nname = \"金积镇逾期\"\nfilter = \"town:金积镇 overdue\"\n".write(
            toFile: config, atomically: true, encoding: .utf8)

        var state = DashboardFixture.state()
        state.savedViews.append(SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue"))
        var random = SplitMix64(seed: settings.seed)
        var counts = (keys: 0, resizes: 0, quits: 0, writes: 0)
        var slowest = Duration.zero
        var problems: [String] = []
        let clock = ContinuousClock()
        print("monkey: seed \(settings.seed), \(settings.count) inputs")
        for index in 0..<settings.count where problems.count < 10 {
            let input = MonkeyInput.next(using: &random)
            var effects: [Effect] = []
            switch input {
            case .key(let key):
                counts.keys += 1
                if let action = action(for: key, in: state) { effects = reduce(&state, action) }
            case .resize(let width, let height):
                counts.resizes += 1
                effects = reduce(&state, .resize(width: width, height: height))
            }
            while !effects.isEmpty {
                switch effects.removeFirst() {
                case .quit: counts.quits += 1
                case .redrawAll, .reload, .prepareSearchIndex, .cacheRebuiltSnapshot, .skipDraw: break
                case .record(let recording):
                    counts.writes += 1
                    effects += reduce(&state, .recorded(recorder.record(recording)))
                case .writeReport(let request):
                    // Not written (the monkey would fill the directory): answered as the runner would.
                    if let bad = request.tasks.first(where: { !state.snapshot.tasks.indices.contains($0) }) {
                        problems.append("input \(index): a report of task index \(bad)")
                    }
                    effects += reduce(&state, .exported(.success(ReportWritten(path: "/tmp/\(request.path)", tasks: request.tasks.count))))
                case .writeViews(let edit):
                    counts.writes += 1
                    effects += reduce(
                        &state, .viewsWritten(edit, Result { () throws(ViewEditProblem) in try ConfigViewsFile.apply(edit, path: config) }))
                }
            }
            let started = clock.now
            let grid = render(state)
            slowest = max(slowest, clock.now - started)
            problems += MonkeyInvariants.problems(state, grid).map { "input \(index) (\(input)), \(state.width)x\(state.height): \($0)" }
        }
        print(
            "monkey: \(counts.keys) keys, \(counts.resizes) resizes, \(counts.quits) quits ignored, \(counts.writes) writes, "
                + "\(problems.count) broken invariants, slowest render \(slowest.milliseconds) ms")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
