import Foundation
import ModelCore
import ModelStore

/// The second thread of `SQLiteStore.loadSnapshot`: indexes the tasks the store's streaming read
/// (`loadContents(streamingTasksTo:)`) has written so far.
/// Shared between the two threads under `condition`; `indexer` is read once `finish()` returned.
final class IndexingWorker: TaskRowSink, @unchecked Sendable {
    private(set) var indexer: SnapshotIndexer
    private let directory: Directory
    private let condition = NSCondition()
    private let stopped = DispatchGroup()
    private var published = 0
    private var finished = false

    init(directory: Directory) {
        self.directory = directory
        indexer = SnapshotIndexer(directory: directory, capacity: 0)
    }

    /// Starts indexing the tasks at `tasks` as they are published.
    func start(reading tasks: UnsafeMutablePointer<Task>?, capacity: Int) {
        indexer = SnapshotIndexer(directory: directory, capacity: capacity)
        let tasks = UncheckedTasks(pointer: tasks)
        DispatchQueue.global(qos: .userInitiated).async(group: stopped) { self.run(tasks) }
    }

    /// Tells the worker that the first `count` tasks have been written.
    func publish(_ count: Int) {
        condition.withLock {
            published = count
            condition.signal()
        }
    }

    /// Lets the worker index what was published and waits until it has stopped.
    func finish() {
        condition.withLock {
            finished = true
            condition.signal()
        }
        stopped.wait()
    }

    private func run(_ tasks: UncheckedTasks) {
        var done = 0
        while true {
            let available: Int? = condition.withLock {
                while published == done && !finished { condition.wait() }
                return published > done ? published : nil
            }
            guard let available, let pointer = tasks.pointer else { return }
            for position in done..<available { indexer.add(pointer[position], at: position) }
            done = available
        }
    }
}

/// The array storage the reader writes, handed to the worker, which reads only what was published.
private struct UncheckedTasks: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Task>?
}
