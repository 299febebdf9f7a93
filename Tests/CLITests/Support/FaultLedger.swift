import Foundation
import Testing

/// Counts how each injected fault ended and prints one summary line, the figure the
/// reliability report quotes: faults tried, clear one-line refusals, faults the running dashboard
/// met and coped with, crashes, partial imports, lost committed writes.
final class FaultLedger {
    private let area: String
    private(set) var tried = 0
    private(set) var clear = 0
    private(set) var coped = 0
    private(set) var killed = 0
    private(set) var crashes = 0
    private(set) var partialImports = 0
    private(set) var lostWrites = 0

    init(area: String) {
        self.area = area
    }

    /// Records a refused command: it must exit 1 (not a signal, not a trap) with exactly one
    /// line on stderr that contains every one of `phrases`.
    func refused(
        _ fault: String, _ result: CLIRunner.Result, saying phrases: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        tried += 1
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        if result.status != 0 && result.status != 1 { crashes += 1 }
        let isClear = result.status == 1 && lines.count == 1 && phrases.allSatisfy { result.stderr.contains($0) }
        if isClear { clear += 1 }
        print("\(area) fault \(fault): exit \(result.status), \(result.stderr.trimmingCharacters(in: .newlines))")
        #expect(isClear, "\(fault): exit \(result.status), stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Records what the store held after a fault: `count` tasks where `before` were committed and
    /// `batch` more were being imported (either none or all of them may be there); `integrity` is
    /// `PRAGMA integrity_check`'s answer.
    func stored(
        _ fault: String, before: Int, batch: Int = 0, count: Int, integrity: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if count != before && count != before + batch { partialImports += 1 }
        if count < before || integrity != "ok" { lostWrites += 1 }
        #expect(
            count == before || count == before + batch, "\(fault): \(count) tasks, expected \(before) or \(before + batch)",
            sourceLocation: sourceLocation)
        #expect(integrity == "ok", "\(fault): integrity_check says \(integrity)", sourceLocation: sourceLocation)
    }

    /// Records a fault the dashboard met under tmux: it must have coped (started, or kept running
    /// and said what happened where the user looks); `shown` is what it showed, for the log.
    func metByDashboard(_ fault: String, coped: Bool, shown: String, sourceLocation: SourceLocation = #_sourceLocation) {
        tried += 1
        if coped { self.coped += 1 }
        print("\(area) fault \(fault): \(coped ? "coped" : "did not cope"), \(shown)")
        #expect(coped, "\(fault): \(shown)", sourceLocation: sourceLocation)
    }

    /// Records a fault that ended the process from outside (kill -9): only the store is judged.
    func killed(_ fault: String) {
        tried += 1
        killed += 1
        print("\(area) fault \(fault): killed")
    }

    func printSummary() {
        print(
            "\(area) faults: \(tried) tried, \(clear) refused with one clear line, \(coped) met by the running dashboard, "
                + "\(killed) killed with kill -9, \(crashes) crashes, "
                + "\(partialImports) partial imports, \(lostWrites) lost committed writes")
    }
}
