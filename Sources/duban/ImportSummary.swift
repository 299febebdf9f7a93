import Model

/// What `duban import` prints: counts, then every warning with its source line.
struct ImportSummary {
    let file: String
    let parsed: ParsedImport
    /// nil for a dry run.
    let outcome: ImportOutcome?

    var text: String {
        let batch = parsed.batch
        var lines = [SafeText.line(outcome == nil ? "\(file): dry run, nothing written" : "\(file): imported"),
                     "  documents  \(batch.documents.count)"]
        for document in batch.documents {
            let count = batch.tasks.filter { $0.document == document.name }.count
            lines.append(SafeText.line("    \(document.code)  \(document.name)  \(count) tasks"))
        }
        let changes = outcome.map { " (new \($0.tasksInserted), changed \($0.tasksUpdated), unchanged \($0.tasksUnchanged))" }
        lines += ["  tasks      \(batch.tasks.count)" + (changes ?? ""),
                  "  leaders    \(parsed.leaderCount)",
                  "  units      \(parsed.unitCount)",
                  "  warnings   \(parsed.warnings.count)"]
        lines += parsed.warnings.map { "  warning: " + SafeText.line($0.description) }
        return lines.joined(separator: "\n")
    }
}
