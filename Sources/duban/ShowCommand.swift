import ArgumentParser
import Foundation
import ModelCore
import ModelStore

/// `duban show ID`: one task whole, with its history newest first.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(zh: "显示一项任务的全部内容及其历史。", en: "Show one task in full, with its history."),
        discussion: localized(
            zh: """
                --format json 给脚本用：导出的全部键（状态为代码），再加 status_label（推进中）、version、\
                overdue（按 --today 或库的日期）和 history（最新的在前）。
                """,
            en: """
                --format json is for scripts: every key of the export (the status as its code), then \
                status_label (推进中), version, overdue (at --today or the store's date) and history \
                (newest first).
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "任务编号，如 P2-8。", en: "The task's id, e.g. P2-8."), valueName: "id"))
    var id: String

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let (task, history) = try open.use { store -> (Task?, [ProgressEntry]) in
                guard let stored = try store.taskID(matching: id) else { return (nil, []) }
                return (try store.task(id: stored), try store.history(taskID: stored))
            }
            guard let task else { throw StoreError.unknownTask(id: id) }
            let sheet = TaskSheet(task: task, history: history, today: open.today.day, width: TerminalSize.columns() ?? 80)
            format.write(text: { sheet.text }, json: { sheet.json })
        }
    }
}
