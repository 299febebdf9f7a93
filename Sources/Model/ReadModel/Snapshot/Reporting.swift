import Foundation
import ModelCore

/// Who owes a written report (报送) in the current round at `today`, and who has handed it in.
///
/// Each document with rounds has a current round: the first whose due day is on or after today
/// (after the last one, the last one stays current). Its window opens the day after the previous
/// round's due day, or at the beginning for the first round.
///
/// - A task that is not done owes a report. It is reported when its history holds any entry (an
///   update, a note or an instruction) dated after the window opened; entries have no upper bound,
///   so a report handed in after the due day still counts.
/// - A done task owes a report only when it was completed inside the window, and then the entry that
///   set it done is its report. Completed before the window opened, or done with no entry saying
///   when (as a CSV import leaves it), it owes nothing this round. So a done task is never unreported.
/// - Tasks of documents without rounds owe nothing.
///
/// Entry times are read as days in `calendar`'s time zone. Pure: no I/O.
public struct Reporting: Sendable {
    /// A document's current round and when its window opened.
    public struct Window: Equatable, Sendable {
        public var round: ReportRound
        /// The previous round's due day: entries dated after it count. nil for the first round.
        public var opensAfter: Day?

        /// The first day whose entries count; nil when every entry counts.
        public var firstDay: Day? { opensAfter?.next }
    }

    /// Whether a task that owes a report this round has handed it in.
    public enum State: Equatable, Sendable {
        case reported, unreported
    }

    /// One lead unit's tasks that owe a report this round.
    public struct LeadUnitReports: Equatable, Sendable {
        /// The lead unit as the tasks name it; nil for tasks with no lead unit.
        public var unit: String?
        /// Indexes into `Snapshot.tasks`, in task order.
        public var tasks: [Int]
        public var reported: Int
        public var owed: Int { tasks.count }
        public var unreported: Int { owed - reported }
    }

    /// The current round of each document with rounds, by document code.
    public let windows: [String: Window]
    /// The state of every task that owes a report this round, by id; other tasks are absent.
    public let states: [String: State]
    /// The same by index into `Snapshot.tasks` (nil for a task that owes nothing), for loops over every task.
    public let stateByIndex: [State?]
    /// The ids of the tasks whose report is missing: what the filter term `unreported` matches.
    public let unreported: Set<String>

    public init(snapshot: Snapshot, today: Day, calendar: Calendar = .current) {
        var windows: [String: Window] = [:]
        for (code, rounds) in Dictionary(grouping: snapshot.reportRounds, by: \.document) {
            if let window = Self.window(dues: rounds.map(\.due), today: today) {
                windows[code] = Window(round: ReportRound(document: code, due: window.due), opensAfter: window.opensAfter)
            }
        }
        let codeByName = Dictionary(snapshot.documents.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        var states: [String: State] = [:]
        var stateByIndex = [State?](repeating: nil, count: snapshot.tasks.count)
        // Tasks come by document: look the window up again only when the document changes.
        var current: (document: String, window: Window?)?
        for index in windows.isEmpty ? 0..<0 : snapshot.tasks.indices {
            let task = snapshot.tasks[index]
            if current?.document != task.document {
                current = (task.document, codeByName[task.document].flatMap { windows[$0] })
            }
            guard let window = current?.window else { continue }
            let history = snapshot.history[task.id] ?? []
            func inWindow(_ entry: ProgressEntry) -> Bool {
                guard let opensAfter = window.opensAfter else { return true }
                return Day.today(now: entry.at, calendar: calendar) > opensAfter
            }
            if task.status == .done {
                let completion = history.first { $0.newStatus == .done }
                if let completion, inWindow(completion) { stateByIndex[index] = .reported }
            } else {
                stateByIndex[index] = history.contains(where: inWindow) ? .reported : .unreported
            }
            states[task.id] = stateByIndex[index]
        }
        self.windows = windows
        self.states = states
        self.stateByIndex = stateByIndex
        unreported = Set(states.filter { $0.value == .unreported }.keys)
    }

    /// The current round among `dues` at `today` and the previous round's due day; nil without rounds.
    public static func window(dues: [Day], today: Day) -> (due: Day, opensAfter: Day?)? {
        let sorted = Array(Set(dues)).sorted()
        guard !sorted.isEmpty else { return nil }
        let current = sorted.firstIndex { $0 >= today } ?? sorted.count - 1
        return (sorted[current], current > 0 ? sorted[current - 1] : nil)
    }

    /// The distinct current windows, earliest due first: what the dashboard states as "the round".
    public var distinctWindows: [(window: Window, documents: [String])] {
        let grouped = Dictionary(grouping: windows.values) { [$0.round.due, $0.opensAfter] }
        return grouped.values.map { windows in
            (windows[0], windows.map(\.round.document).sorted())
        }.sorted { ($0.window.round.due, $0.documents.joined(separator: " ")) < ($1.window.round.due, $1.documents.joined(separator: " ")) }
    }

    /// The tasks that owe a report, by lead unit: units in Directory order, then units it does not know
    /// by name, then tasks with no lead unit. A task with two lead units counts for both.
    /// `including` narrows the tasks (the dashboard's filter).
    public func byLeadUnit(_ snapshot: Snapshot, including: (Int) -> Bool = { _ in true }) -> [LeadUnitReports] {
        var groups: [String?: LeadUnitReports] = [:]
        for index in snapshot.tasks.indices {
            guard let state = stateByIndex[index], including(index) else { continue }
            let leadUnits = snapshot.tasks[index].leadUnits
            let units: [String?] = leadUnits.isEmpty ? [nil] : leadUnits
            for unit in units {
                groups[unit, default: LeadUnitReports(unit: unit, tasks: [], reported: 0)].tasks.append(index)
                if state == .reported { groups[unit]!.reported += 1 }
            }
        }
        let order = Self.unitOrder(snapshot.directory)
        return groups.values.sorted { Self.leadUnit($0.unit, precedes: $1.unit, order: order) }
    }

    /// Each unit's place in the Directory: the order lead units are listed in.
    static func unitOrder(_ directory: Directory) -> [String: Int] {
        Dictionary(directory.units.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Units in Directory order, then units it does not know by name, then nil (no lead unit).
    static func leadUnit(_ a: String?, precedes b: String?, order: [String: Int]) -> Bool {
        switch (a, b) {
        case (nil, _): false
        case (_, nil): true
        case let (x?, y?): (order[x] ?? .max, x) < (order[y] ?? .max, y)
        }
    }
}
