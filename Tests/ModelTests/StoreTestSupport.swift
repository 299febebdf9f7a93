import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead
@testable import ModelStore

/// Runs `body` with a fresh directory under the temporary directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// Runs `body` with a new store in a temporary directory; closes and removes it afterwards.
func withTemporaryStore<T>(_ body: (SQLiteStore, String) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let path = directory.appendingPathComponent("duban.sqlite").path
        let store = try SQLiteStore(path: path)
        defer { try? store.close() }
        return try body(store, path)
    }
}

/// Documents, tasks and instants the store tests share.
enum StoreSample {
    /// The instant written `text`, e.g. `2020-06-28T10:12:00Z`.
    static func instant(_ text: String) -> Date {
        ISOTimestamp.date(text)!
    }

    static let plan = Document(
        code: "P2", name: "吴利政办发〔2020〕2号", title: "2020年政府工作报告重点任务分工方案",
        defaultDeadline: Day("2020-12-31"))
    static let motions = Document(
        code: "M8", name: "吴利政办发〔2020〕8号 附件5", title: "人大代表议案办理任务清单",
        defaultDeadline: nil)

    static func task(
        _ number: Int, text: String? = nil, status: Status = .notStarted, progress: Int = 0,
        updatedAt: Date? = nil
    ) -> Task {
        Task(
            id: "P2-\(number)", document: plan.name, number: number, chapter: "一、稳增长", section: "（一）抓项目",
            text: text ?? "第\(number)项任务", leaders: ["马长军"], leadUnits: ["区发展和改革局"],
            responsibleUnits: ["各乡镇", "金积镇"], status: status, deadline: Day("2020-06-30"),
            progress: progress, updatedAt: updatedAt)
    }

    static func gazette(_ tasks: [Task]) -> ImportBatch {
        ImportBatch(documents: [plan], tasks: tasks, mode: .keepState)
    }
}

/// Compares two snapshots part by part, naming the part that differs (a whole index would flood the log).
func expectSameSnapshot(_ a: Snapshot, _ b: Snapshot, sourceLocation: SourceLocation = #_sourceLocation) {
    let parts: [(String, Bool)] = [
        ("tasks", a.tasks == b.tasks), ("index", a.index == b.index), ("leaders", a.leaders == b.leaders),
        ("tasksByLeader", a.tasksByLeader == b.tasksByLeader),
        ("assignmentsByUnit", a.assignmentsByUnit == b.assignmentsByUnit), ("history", a.history == b.history),
        ("documents", a.documents == b.documents), ("reportRounds", a.reportRounds == b.reportRounds)
    ]
    for (part, same) in parts { #expect(same, "\(part) differs", sourceLocation: sourceLocation) }
}
