import Foundation
import ModelCore
import ModelStore

/// Writes generated tasks and their history into a store, a chunk of whole documents at a time.
public enum GeneratedStore {
    /// Tasks written per chunk: each chunk is one import transaction and one history transaction.
    static let chunk = 40 * TaskGenerator.tasksPerDocument

    /// Writes `count` tasks from `generator` with their history; `progress` hears the tasks written so far.
    /// Returns the number of history entries written.
    @discardableResult
    public static func write(
        _ count: Int, from generator: inout TaskGenerator, into store: SQLiteStore,
        progress: (Int) -> Void = { _ in }
    ) throws -> Int {
        var written = 0
        var entries = 0
        while written < count {
            let size = min(chunk, count - written)
            let generated = (0..<size).map { _ in generator.next() }
            let documents = stride(from: written, to: written + size, by: TaskGenerator.tasksPerDocument)
                .map(TaskGenerator.document(ofTaskAt:))
            _ = try store.apply(ImportBatch(documents: documents, tasks: generated.map(\.task), mode: .replaceState))
            let history = generated.flatMap(\.history)
            try store.write { db in
                for entry in history { try HistoryTable.append(entry, db) }
            }
            written += size
            entries += history.count
            progress(written)
        }
        return entries
    }
}
