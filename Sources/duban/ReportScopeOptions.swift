import Foundation
import ModelCore
import ModelRead
import ModelReport

/// The scope options of `duban report`, turned into the tasks they leave and their description.
struct ReportScopeOptions {
    var document: String?
    var leader: String?
    var unit: String?
    var town: String?
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
        let narrowed = TaskFilter(leader: leader, unit: unit, town: town, document: document)
        var tasks = Array(snapshot.tasks.indices)
        if leader != nil || unit != nil || town != nil || document != nil {
            let kept = Set(narrowed.apply(snapshot.tasks, today: today, directory: snapshot.directory).map(\.id))
            tasks = tasks.filter { kept.contains(snapshot.tasks[$0].id) }
        }
        if let mask { tasks = tasks.filter { mask[$0] } }
        return ReportScope(tasks: tasks, description: description)
    }

    /// The scope in words: `文件：P2；责任领导：马长军；筛选：状态:滞后`; empty for everything.
    private var description: String {
        let parts: [(String, String?)] = [("文件", document), ("责任领导", leader), ("单位", unit), ("乡镇", town), ("筛选", filter)]
        return parts.compactMap { label, value in value.map { "\(label)：\($0)" } }.joined(separator: "；")
    }
}
