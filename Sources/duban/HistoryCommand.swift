import ArgumentParser
import Foundation
import ModelCore
import ModelImport

/// `duban history`: recent changes across all tasks, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: localized(zh: "列出所有任务最近的改动，最新的在前。", en: "List recent changes across all tasks, newest first."),
        discussion: localized(
            zh: """
                --format json 写一个数组，每条改动一个对象：task_id、at（UTC 时间，如 2020-06-28T10:12:00Z）、\
                actor、kind（update、note、instruction）、old_status/new_status（代码）、\
                old_progress/new_progress、note，以及领导批示的 leader；没有的为 null。
                """,
            en: """
                --format json writes an array, one object per change: task_id, at (UTC, as \
                2020-06-28T10:12:00Z), actor, kind (update, note, instruction), old_status/new_status \
                (codes), old_progress/new_progress, note, and the leader of an instruction; null where \
                the change says nothing.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(
        help: ArgumentHelp(localized(zh: "只列这一天及以后的改动（当地时间）。", en: "Only changes on or after this day (local time)."), valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else {
                throw ValidationError(localized(zh: "--since 须为日期 YYYY-MM-DD，而不是“\(text)”", en: "--since must be a date YYYY-MM-DD, not “\(text)”"))
            }
            return day
        })
    var since: Day?

    @Option(help: ArgumentHelp(localized(zh: "只列这个登录名做的改动。", en: "Only changes by this login name.")))
    var actor: String?

    @Option(help: ArgumentHelp(localized(zh: "最多列出这么多条。", en: "At most this many entries.")))
    var limit: Int = 50

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    func run() throws {
        try reportingFailures {
            let start = since.flatMap { DateComponents(calendar: .current, year: $0.year, month: $0.month, day: $0.day).date }
            let entries = try storeOptions.open().use { try $0.history(since: start, actor: actor, limit: limit) }
            format.write(text: { text(entries) }, json: { .array(entries.map(\.json)) })
        }
    }

    /// One line per entry, or a line saying there is none.
    private func text(_ entries: [ProgressEntry]) -> String {
        guard !entries.isEmpty else {
            return localized(
                zh: (since.map { "\($0) 以来" } ?? "") + "没有改动记录",
                en: "no changes recorded" + (since.map { " since \($0)" } ?? ""))
        }
        return entries.map { entry in
            "\(entry.taskID)  " + SafeText.line(HistoryLine.text(entry, language: CLILanguage.current, separator: "  "))
        }.joined(separator: "\n")
    }
}
