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
            SafeText.line(
                outcome == nil
                    ? localized(zh: "\(file)：试运行，未写入", en: "\(file): dry run, nothing written")
                    : localized(zh: "\(file)：已导入", en: "\(file): imported")),
            SummaryField.line("文件", "documents", "\(batch.documents.count)")
        ]
        // One pass over the tasks: a generated plan has hundreds of documents and 100,000 tasks.
        let counts = batch.tasks.reduce(into: [String: Int]()) { $0[$1.document, default: 0] += 1 }
        for document in batch.documents {
            let count = counts[document.name] ?? 0
            lines.append(SafeText.line("    \(document.code)  \(document.name)  " + localized(zh: "\(count) 项", en: "\(count) tasks")))
        }
        lines += parsed.notes.map { "  " + SafeText.line($0) }
        let changes = outcome.map {
            localized(
                zh: "（新增 \($0.tasksInserted)，改动 \($0.tasksUpdated)，未变 \($0.tasksUnchanged)）",
                en: " (new \($0.tasksInserted), changed \($0.tasksUpdated), unchanged \($0.tasksUnchanged))")
        }
        lines += [
            SummaryField.line("任务", "tasks", "\(batch.tasks.count)" + (changes ?? "")),
            SummaryField.line("领导", "leaders", "\(parsed.leaderCount)"),
            SummaryField.line("单位", "units", "\(parsed.unitCount)"),
            SummaryField.line("警告", "warnings", "\(parsed.warnings.count)")
        ]
        if !batch.reports.isEmpty {
            let rows = batch.reports.count
            let recorded = outcome.map {
                localized(
                    zh: "，记录了 \($0.reportsRecorded) 条历史（只记改动）",
                    en: ", \($0.reportsRecorded) history entries recorded (only what changed)")
            }
            let progress = localized(zh: "\(rows) 行有状态或进展情况", en: "\(rows) rows with a status or 进展情况") + (recorded ?? "")
            lines.insert(SummaryField.line("进展", "progress", progress), at: lines.count - 1)
        }
        lines +=
            RecognitionSummary(recognised: parsed.recognised, tasks: batch.tasks, documents: batch.documents, sampleTasks: outcome == nil ? 3 : 0)
            .lines
        lines += WarningLines.lines(parsed.warnings)
        return lines.joined(separator: "\n")
    }
}
