import Foundation
import ModelCore

/// Synthetic tasks in the shape of a real plan, for benchmarks: the same seed gives the same tasks.
///
/// Task `i` (from 0) is number `i % 500 + 1` of document `G{i / 500 + 1}` (吴利政办发〔2021〕{k}号):
/// a text of 40–120 characters built from gazette phrases, 1–7 leaders (or 政府班子成员), 1–3 lead
/// units and 1–12 responsible units from the Directory (groups such as 各乡镇 included), a status
/// with a matching progress, a month-end deadline, and for about half the tasks 1–3 history entries
/// that end at the task's status.
public struct TaskGenerator {
    /// A generated task and the history that led to its state, oldest first.
    public struct Generated: Sendable {
        public var task: Task
        public var history: [ProgressEntry]
    }

    /// How many tasks one generated document holds.
    public static let tasksPerDocument = 500

    private var random: SplitMix64
    private let leaders: [String]
    private let leaderGroup: String?
    private let leadCandidates: [String]
    private let responsibleCandidates: [String]
    private var index = 0

    public init(seed: UInt64, directory: Directory = .standard) {
        random = SplitMix64(seed: seed)
        leaders = directory.leaders
        leaderGroup = directory.groups.first { $0.members == .allLeaders }?.name
        leadCandidates = directory.units.filter { $0.kind != .town }.map(\.name)
        responsibleCandidates =
            directory.units.map(\.name)
            + directory.groups.filter { $0.members != .allLeaders }.map(\.name)
    }

    /// The document task `index` (from 0) belongs to, as CSV and JSON import would name it.
    public static func document(ofTaskAt index: Int) -> Document {
        let k = index / tasksPerDocument + 1
        return Document(code: "G\(k)", name: "吴利政办发〔2021〕\(k)号", title: "", defaultDeadline: nil)
    }

    /// The next task of the sequence.
    public mutating func next() -> Generated {
        defer { index += 1 }
        let document = Self.document(ofTaskAt: index)
        let number = index % Self.tasksPerDocument + 1
        let chapters = GazettePhrases.chapters
        let chapter = chapters[(number - 1) * chapters.count / Self.tasksPerDocument]
        let section = random.chance(50) ? random.pick(GazettePhrases.sections) : nil
        let text = makeText()
        let taskLeaders: [String]
        if let leaderGroup, random.chance(5) {
            taskLeaders = [leaderGroup]
        } else {
            taskLeaders = random.sample(random.weighted([40, 25, 14, 8, 6, 4, 3]) + 1, of: leaders)
        }
        let leadUnits = random.sample(random.weighted([70, 22, 8]) + 1, of: leadCandidates)
        let responsible = random.sample(
            random.weighted([18, 16, 14, 12, 10, 8, 6, 5, 4, 3, 2, 2]) + 1,
            of: responsibleCandidates)
        let cooperating = random.chance(15) ? random.sample(random.within(1...2), of: leadCandidates) : []
        let month = random.below(22)  // 2020-03 … 2021-12
        let deadline = random.chance(95) ? Day.endOfMonth(year: 2020 + (month + 2) / 12, month: (month + 2) % 12 + 1) : nil
        let (status, progress) = makeState()
        let id = "\(document.code)-\(number)"
        let history = makeHistory(taskID: id, status: status, progress: progress)
        var updatedAt = history.last?.at
        if updatedAt == nil, status != .notStarted {
            updatedAt = Self.time(day: random.below(180), second: random.below(36_000))
        }
        let task = Task(
            id: id, document: document.name, number: number, chapter: chapter, section: section,
            text: text, leaders: taskLeaders, leadUnits: leadUnits, responsibleUnits: responsible,
            cooperatingUnits: cooperating, status: status, deadline: deadline, progress: progress,
            updatedAt: updatedAt, version: history.count)
        return Generated(task: task, history: history)
    }

    /// Clauses joined with ， until a length drawn from 40–120 is reached, ended with 。.
    private mutating func makeText() -> String {
        let target = random.within(40...120)
        var clauses: [String] = []
        if random.chance(30) { clauses.append(random.pick(GazettePhrases.openings)) }
        clauses.append(random.pick(GazettePhrases.actions) + random.pick(GazettePhrases.objects))
        var length = clauses.reduce(0) { $0 + $1.count } + clauses.count
        while length < target {
            let clause =
                switch random.below(3) {
                case 0: random.pick(GazettePhrases.actions) + random.pick(GazettePhrases.objects)
                case 1: "以" + random.pick(GazettePhrases.objects) + "为重点"
                default: random.pick(GazettePhrases.aims)
                }
            guard !clauses.contains(clause) else { continue }
            clauses.append(clause)
            length += clause.count + 1
        }
        var text = clauses.joined(separator: "，")
        if text.count > 119 {
            text = String(text.prefix(119))
            if text.hasSuffix("，") { text.removeLast() }
        }
        return text + "。"
    }

    private mutating func makeState() -> (Status, Int) {
        switch random.weighted([25, 45, 12, 12, 6]) {
        case 0: (.notStarted, 0)
        case 1: (.inProgress, random.within(1...9) * 10)
        case 2: (.done, 100)
        case 3: (.behind, random.within(1...5) * 10)
        default: (.blocked, random.within(0...4) * 10)
        }
    }

    /// None for about half the tasks, else 1–3 entries in the first half of 2020: notes and
    /// instructions, the last one an update to the task's state when it has left 未启动.
    private mutating func makeHistory(taskID: String, status: Status, progress: Int) -> [ProgressEntry] {
        guard random.chance(45) else { return [] }
        let count = random.within(1...3)
        var day = random.below(120)
        var entries: [ProgressEntry] = []
        for k in 0..<count {
            day += random.within(1...20)
            let at = Self.time(day: day, second: random.below(36_000))
            let actor = random.pick(GazettePhrases.actors)
            if k == count - 1, status != .notStarted || progress != 0 {
                entries.append(
                    ProgressEntry(
                        taskID: taskID, actor: actor, at: at, kind: .update,
                        oldStatus: .notStarted, newStatus: status, oldProgress: 0,
                        newProgress: progress))
            } else if random.chance(70) {
                entries.append(
                    ProgressEntry(
                        taskID: taskID, actor: actor, at: at, kind: .note,
                        note: random.pick(GazettePhrases.notes)))
            } else {
                entries.append(
                    ProgressEntry(
                        taskID: taskID, actor: actor, at: at, kind: .instruction,
                        note: random.pick(GazettePhrases.instructions)))
            }
        }
        return entries
    }

    /// 2020-01-01 00:00 UTC plus whole days and seconds.
    private static func time(day: Int, second: Int) -> Date {
        Date(timeIntervalSince1970: 1_577_836_800 + Double(day * 86_400 + second))
    }
}
