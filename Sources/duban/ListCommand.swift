import ArgumentParser
import Foundation
import ModelCore
import ModelImport
import ModelRead

/// `duban list`: the tasks that match, as an aligned table or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tasks, filtered by leader, unit, town, status, deadline, document or report.",
        discussion: """
            Names may be written as the documents write them (发改局 finds 区发展和改革局). --town \
            also finds the tasks assigned to a group that includes the town (各乡镇, 各涉农乡镇). \
            On a terminal the task text is cut to fit the width; in a pipe it is whole.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Tasks this leader (责任领导) answers for.")
    var leader: String?

    @Option(help: "Tasks naming this unit as lead, responsible or cooperating unit.")
    var unit: String?

    @Option(help: "Tasks naming this town, directly or through 各乡镇 / 各涉农乡镇.")
    var town: String?

    @Option(help: "not_started, in_progress, done, behind or blocked (or 未启动, 推进中, 已完成, 滞后, 受阻).")
    var status: Status?

    @Flag(help: "Only tasks past their deadline and not done.")
    var overdue = false

    @Flag(help: "Only tasks that owe a report (报送) in the current round and have none yet (see duban rounds).")
    var unreported = false

    @Option(help: "A document's code (P2) or name (吴利政办发〔2020〕2号, or part of it).")
    var document: String?

    @Option(help: "table or json.")
    var format: Format = .table

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let snapshot = try open.use { try DisplayOptions.snapshot(of: $0) }
            let tasks = snapshot.tasks
            let ids = unreported ? Reporting(snapshot: snapshot, today: open.today.day).unreported : nil
            let filter = TaskFilter(
                leader: leader, unit: unit, town: town, status: status, overdue: overdue, document: document,
                ids: ids)
            let shown = filter.apply(tasks, today: open.today.day, directory: snapshot.directory)
            switch format {
            case .json:
                StandardOutput.write(TaskJSON.encode(shown))
            case .table:
                print(TaskListing(tasks: shown, today: open.today.day, width: TerminalSize.columns()).text)
                print("\(shown.count)/\(tasks.count) tasks · today \(open.today.day)" + (open.today.source == .demo ? " (demo date)" : ""))
            }
        }
    }
}
