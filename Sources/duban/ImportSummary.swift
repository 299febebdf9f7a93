import ModelCore
import ModelImport

/// What `duban import` prints: counts, what each document was recognised as, then the warnings
/// with their source lines (one line for each message, see `WarningLines`).
struct ImportSummary {
    let file: String
    let parsed: ParsedImport
    /// nil for a dry run.
    let outcome: ImportOutcome?

    var text: String {
        let batch = parsed.batch
        var lines = [
            SafeText.line(outcome == nil ? "\(file): dry run, nothing written" : "\(file): imported"),
            "  documents  \(batch.documents.count)"
        ]
        // One pass over the tasks: a generated plan has hundreds of documents and 100,000 tasks.
        let counts = batch.tasks.reduce(into: [String: Int]()) { $0[$1.document, default: 0] += 1 }
        for document in batch.documents {
            lines.append(SafeText.line("    \(document.code)  \(document.name)  \(counts[document.name] ?? 0) tasks"))
        }
        lines += parsed.notes.map { "  " + SafeText.line($0) }
        let changes = outcome.map { " (new \($0.tasksInserted), changed \($0.tasksUpdated), unchanged \($0.tasksUnchanged))" }
        lines += [
            "  tasks      \(batch.tasks.count)" + (changes ?? ""),
            "  leaders    \(parsed.leaderCount)",
            "  units      \(parsed.unitCount)",
            "  warnings   \(parsed.warnings.count)"
        ]
        if !batch.reports.isEmpty {
            let recorded = outcome.map { ", \($0.reportsRecorded) history entries recorded (only what changed)" } ?? ""
            lines.insert("  progress   \(batch.reports.count) rows with a status or 进展情况" + recorded, at: lines.count - 1)
        }
        lines +=
            RecognitionSummary(recognised: parsed.recognised, tasks: batch.tasks, documents: batch.documents, sampleTasks: outcome == nil ? 3 : 0)
            .lines
        lines += WarningLines.lines(parsed.warnings)
        return lines.joined(separator: "\n")
    }
}
