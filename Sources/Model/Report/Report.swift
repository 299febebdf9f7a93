import Foundation
import ModelCore
import ModelRead

/// What the supervision office sends, for a scope on a day: the figures (the read model's, as
/// the overview shows them), every task's row for the 台账, the units named for overdue, behind
/// and unreported tasks, and the leaders' instructions of the period. Every format is written from
/// this one value. Pure: no I/O.
public struct Report: Sendable {
    public var scope: ReportScope
    public var today: Day
    /// The current report rounds (报送) of the documents in scope, earliest due first.
    public var rounds: [Reporting.Window]
    public var figures: Figures
    /// A tally per lead unit of the tasks in scope (nil name: tasks with no lead unit).
    public var byLeadUnit: [Figures.Group]
    /// A tally per leader with tasks in scope, most tasks first.
    public var byLeader: [Figures.Group]
    /// The tasks in scope, in the scope's order.
    public var rows: [ReportRow]
    public var overdueUnits: [UnitLaggards]
    public var behindUnits: [UnitLaggards]
    public var unreportedUnits: [UnitLaggards]
    /// The 领导批示 given in the period, oldest first, with their tasks: since the earliest current
    /// round opened (with no upper bound, as a late report counts), or all without rounds.
    public var instructions: [(task: Task, entry: ProgressEntry)]
    /// The documents in scope, in store order.
    public var documents: [Document]

    /// The words reports use for tasks that name no lead unit, and for those that name no unit.
    public static let noLeadUnit = "（未列明牵头单位）"
    public static let noUnit = "（未列明单位）"

    /// The report of `scope` at `today`; `reporting` says who owes this round's report (built
    /// for the report round's day).
    public init(snapshot: Snapshot, reporting: Reporting, scope: ReportScope, today: Day, calendar: Calendar = .current) {
        var mask = [Bool](repeating: false, count: snapshot.tasks.count)
        for index in scope.tasks { mask[index] = true }
        let figures = Figures(snapshot: snapshot, reporting: reporting, today: today, including: mask)
        self.scope = scope
        self.today = today
        self.figures = figures
        byLeadUnit = figures.byLeadUnit(snapshot)
        byLeader = figures.byLeader.filter { $0.tally.tasks > 0 }
        rows = scope.tasks.map { ReportRow($0, snapshot: snapshot, figures: figures) }
        overdueUnits = UnitLaggards.of(rows, directory: snapshot.directory, noUnit: Self.noUnit) { $0.standing == .overdue }
        behindUnits = UnitLaggards.of(rows, directory: snapshot.directory, noUnit: Self.noUnit) { $0.standing == .behind }
        unreportedUnits = UnitLaggards.unreported(rows, noLeadUnit: Self.noLeadUnit)
        let names = Set(rows.map(\.task.document))
        documents = snapshot.documents.filter { names.contains($0.name) }
        let codes = Set(documents.map(\.code))
        rounds = reporting.distinctWindows.filter { !codes.isDisjoint(with: $0.documents) }.map(\.window)
        let opens = rounds.contains { $0.firstDay == nil } ? nil : rounds.compactMap(\.firstDay).min()
        instructions = rows.flatMap { row in
            (snapshot.history[row.task.id] ?? []).filter { entry in
                entry.kind == .instruction && opens.map { Day.today(now: entry.at, calendar: calendar) >= $0 } != false
            }.map { (row.task, $0) }
        }.sorted { $0.entry.at < $1.entry.at }
    }

    /// Whether the scope holds no task: every format then says so instead of an empty table.
    public var isEmpty: Bool { rows.isEmpty }

    /// The counts of the tasks in scope.
    public var total: Tally { figures.total }
}
