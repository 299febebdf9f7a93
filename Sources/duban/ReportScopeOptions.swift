import Foundation
import ModelCore
import ModelRead
import ModelReport

/// The scope options of `duban report`, turned into the tasks they leave and their description.
struct ReportScopeOptions {
    var options: ScopeOptions
    var filter: String?

    func scope(_ snapshot: Snapshot, reporting: Reporting, today: Day) throws -> ReportScope {
        var mask: [Bool]?
        if let filter {
            let expression: FilterExpression
            do {
                expression = try FilterExpression.parse(filter)
            } catch {
                throw CommandFailure(message: "--filter: " + error.description(CLILanguage.current))
            }
            let context = FilterContext(today: today, directory: snapshot.directory, unreported: reporting.unreported)
            mask = FilterMatcher(expression, context: context).mask(over: snapshot)
        }
        let narrowed = TaskFilter(leader: options.leader, unit: options.unit, town: options.town, document: options.document)
        var tasks = Array(snapshot.tasks.indices)
        if options.narrows {
            let kept = Set(narrowed.apply(snapshot.tasks, today: today, directory: snapshot.directory).map(\.id))
            tasks = tasks.filter { kept.contains(snapshot.tasks[$0].id) }
        }
        if let mask { tasks = tasks.filter { mask[$0] } }
        return ReportScope(tasks: tasks, description: description)
    }

    /// The scope in words: `文件：P2；责任领导：马长军；筛选：状态:滞后`; empty for everything.
    private var description: String {
        let parts: [(String, String?)] = [
            ("文件", options.document), ("责任领导", options.leader), ("单位", options.unit), ("乡镇", options.town), ("筛选", filter)
        ]
        return parts.compactMap { label, value in value.map { "\(label)：\($0)" } }.joined(separator: "；")
    }
}
