import ArgumentParser
import Foundation
import ModelCore

/// `duban history`: recent changes across all tasks, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List recent changes across all tasks, newest first."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help: ArgumentHelp("Only changes on or after this day (local time).", valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else { throw ValidationError("--since must be a date YYYY-MM-DD, not “\(text)”") }
            return day
        })
    var since: Day?

    @Option(help: "Only changes by this login name.")
    var actor: String?

    @Option(help: "At most this many entries.")
    var limit: Int = 50

    func run() throws {
        try reportingFailures {
            let start = since.flatMap { DateComponents(calendar: .current, year: $0.year, month: $0.month, day: $0.day).date }
            let entries = try storeOptions.open().use { try $0.history(since: start, actor: actor, limit: limit) }
            for entry in entries {
                print("\(entry.taskID)  " + SafeText.line(HistoryLine.text(entry, language: .zh, separator: "  ")))
            }
            if entries.isEmpty { print("no changes recorded" + (since.map { " since \($0)" } ?? "")) }
        }
    }
}
