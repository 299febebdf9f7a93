import Foundation

@testable import ModelCore
@testable import ModelImport
@testable import ModelRead

/// The 352 real tasks of sample-data, loaded once, and helpers for filtering them.
enum FilterFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let tasks: [Task] = {
        let path = packageRoot.appendingPathComponent("sample-data/litong-2020-tasks.json").path
        do {
            return try TaskJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        } catch {
            fatalError("cannot load \(path): \(error)")
        }
    }()

    static let today = Day("2020-07-01")!
    static let context = FilterContext(today: today)

    /// The sample tasks with a few statuses set, as the sample has every task not started.
    static let tasksWithStatuses: [Task] = tasks.map { task in
        var task = task
        switch task.id {
        case "P2-1", "E11-1": task.status = .done
        case "P2-2": task.status = .behind
        case "P2-3": task.status = .blocked
        case "P2-4": task.status = .inProgress
        default: break
        }
        return task
    }

    /// The ids of the tasks that pass `filter`.
    static func ids(_ filter: String, in tasks: [Task] = tasks, context: FilterContext = context) throws -> [String] {
        try FilterExpression.parse(filter).apply(tasks, in: context).map(\.id)
    }

    /// A minimal task for cases the sample lacks.
    static func task(_ id: String, chapter: String = "一、", text: String = "", units: [String] = []) -> Task {
        Task(
            id: id, document: "doc", number: 1, chapter: chapter, section: nil, text: text,
            leaders: [], leadUnits: units, responsibleUnits: [], deadline: nil)
    }
}
