import ArgumentParser
import Foundation
import ModelCore

/// `duban history`: recent changes across all tasks, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: localized(zh: "列出所有任务最近的改动，最新的在前。", en: "List recent changes across all tasks, newest first.")
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

    func run() throws {
        try reportingFailures {
            let start = since.flatMap { DateComponents(calendar: .current, year: $0.year, month: $0.month, day: $0.day).date }
            let entries = try storeOptions.open().use { try $0.history(since: start, actor: actor, limit: limit) }
            for entry in entries {
                print("\(entry.taskID)  " + SafeText.line(HistoryLine.text(entry, language: CLILanguage.current, separator: "  ")))
            }
            if entries.isEmpty {
                print(
                    localized(
                        zh: (since.map { "\($0) 以来" } ?? "") + "没有改动记录",
                        en: "no changes recorded" + (since.map { " since \($0)" } ?? "")))
            }
        }
    }
}
