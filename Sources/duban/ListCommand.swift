import ArgumentParser
import Foundation
import ModelCore
import ModelImport
import ModelRead

/// `duban list`: the tasks that match, as an aligned table or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: localized(
            zh: "列出任务，可按领导、单位、乡镇、状态、期限、文件或报送筛选。",
            en: "List tasks, filtered by leader, unit, town, status, deadline, document or report."),
        discussion: localized(
            zh: """
                名称可照文件的写法（发改局即区发展和改革局）。--town 也找出派给包含该乡镇的组\
                （各乡镇、各涉农乡镇）的任务。在终端上任务文字截到屏宽；在管道里完整输出。
                """,
            en: """
                Names may be written as the documents write them (发改局 finds 区发展和改革局). --town \
                also finds the tasks assigned to a group that includes the town (各乡镇, 各涉农乡镇). \
                On a terminal the task text is cut to fit the width; in a pipe it is whole.
                """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @OptionGroup var scope: ScopeOptions

    @Option(help: StatusHelp.argument)
    var status: Status?

    @Flag(help: ArgumentHelp(localized(zh: "只列已过期限且未完成的任务。", en: "Only tasks past their deadline and not done.")))
    var overdue = false

    @Flag(
        help: ArgumentHelp(
            localized(
                zh: "只列本轮应报送而尚未报送的任务（见 duban rounds）。",
                en: "Only tasks that owe a report (报送) in the current round and have none yet (see duban rounds).")))
    var unreported = false

    @Option(help: ArgumentHelp(localized(zh: "table 或 json。", en: "table or json.")))
    var format: Format = .table

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let snapshot = try open.use { try DisplayOptions.snapshot(of: $0) }
            let tasks = snapshot.tasks
            let ids = unreported ? Reporting(snapshot: snapshot, today: open.today.day).unreported : nil
            let filter = TaskFilter(
                leader: scope.leader, unit: scope.unit, town: scope.town, status: status, overdue: overdue, document: scope.document,
                ids: ids)
            let shown = filter.apply(tasks, today: open.today.day, directory: snapshot.directory)
            switch format {
            case .json:
                StandardOutput.write(TaskJSON.encode(shown))
            case .table:
                print(TaskListing(tasks: shown, today: open.today.day, width: TerminalSize.columns()).text)
                print(localized(zh: "\(shown.count)/\(tasks.count) 项 · ", en: "\(shown.count)/\(tasks.count) tasks · ") + TodayLine.text(open.today))
            }
        }
    }
}
