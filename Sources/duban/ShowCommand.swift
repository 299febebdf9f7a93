import ArgumentParser
import Foundation
import ModelCore
import ModelStore

/// `duban show ID`: one task whole, with its history newest first.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(zh: "显示一项任务的全部内容及其历史。", en: "Show one task in full, with its history.")
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "任务编号，如 P2-8。", en: "The task's id, e.g. P2-8."), valueName: "id"))
    var id: String

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let (task, history) = try open.use { store -> (Task?, [ProgressEntry]) in
                guard let stored = try store.taskID(matching: id) else { return (nil, []) }
                return (try store.task(id: stored), try store.history(taskID: stored))
            }
            guard let task else { throw StoreError.unknownTask(id: id) }
            print(TaskSheet(task: task, history: history, today: open.today.day, width: TerminalSize.columns() ?? 80).text)
        }
    }
}
