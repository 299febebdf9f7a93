import ModelCore
import ModelImport

/// What `duban import` prints: counts, what each document was recognised as, then the warnings
/// with their source lines (one line for each message, see `WarningLines`).
struct ImportSummary {
    let file: String
    let tally: ImportTally
    let warnings: [ImportWarning]
    /// What a table's reader chose and should say.
    let notes: [String]
    /// The rows of a ledger that give a status or 进展情况.
    let reportRows: Int
    /// What each document of a text or PDF file was recognised as.
    let recognition: RecognitionSummary
    /// nil for a dry run.
    let outcome: ImportOutcome?

    /// The summary of a file read whole.
    init(file: String, parsed: ParsedImport, outcome: ImportOutcome?) {
        self.file = file
        tally = parsed.tally
        warnings = parsed.warnings
        notes = parsed.notes
        reportRows = parsed.batch.reports.count
        recognition = RecognitionSummary(
            recognised: parsed.recognised, tasks: parsed.batch.tasks, documents: parsed.batch.documents,
            sampleTasks: outcome == nil ? 3 : 0)
        self.outcome = outcome
    }

    /// The summary of a file read as a stream, once it has been read to its end.
    init(file: String, stream: ExchangeImport, outcome: ImportOutcome?) {
        self.file = file
        tally = stream.tally
        warnings = stream.warnings
        notes = []
        reportRows = 0
        recognition = RecognitionSummary(recognised: [], tasks: [], documents: stream.documents, sampleTasks: 0)
        self.outcome = outcome
    }

    var text: String {
        var lines = [
            SafeText.line(
                outcome == nil
                    ? localized(zh: "\(file)：试运行，未写入", en: "\(file): dry run, nothing written")
                    : localized(zh: "\(file)：已导入", en: "\(file): imported")),
            SummaryField.line("文件", "documents", "\(tally.documents.count)")
        ]
        for document in tally.documents {
            let count = tally.tasksByDocument[document.name] ?? 0
            lines.append(SafeText.line("    \(document.code)  \(document.name)  " + localized(zh: "\(count) 项", en: "\(count) tasks")))
        }
        lines += notes.map { "  " + SafeText.line($0) }
        let changes = outcome.map {
            localized(
                zh: "（新增 \($0.tasksInserted)，改动 \($0.tasksUpdated)，未变 \($0.tasksUnchanged)）",
                en: " (new \($0.tasksInserted), changed \($0.tasksUpdated), unchanged \($0.tasksUnchanged))")
        }
        lines += [
            SummaryField.line("任务", "tasks", "\(tally.taskCount)" + (changes ?? "")),
            SummaryField.line("领导", "leaders", "\(tally.leaders.count)"),
            SummaryField.line("单位", "units", "\(tally.units.count)"),
            SummaryField.line("警告", "warnings", "\(warnings.count)")
        ]
        if reportRows > 0 {
            let rows = reportRows
            let recorded = outcome.map {
                localized(
                    zh: "，记录了 \($0.reportsRecorded) 条历史（只记改动）",
                    en: ", \($0.reportsRecorded) history entries recorded (only what changed)")
            }
            let progress = localized(zh: "\(rows) 行有状态或进展情况", en: "\(rows) rows with a status or 进展情况") + (recorded ?? "")
            lines.insert(SummaryField.line("进展", "progress", progress), at: lines.count - 1)
        }
        lines += recognition.lines
        lines += WarningLines.lines(warnings)
        return lines.joined(separator: "\n")
    }
}
