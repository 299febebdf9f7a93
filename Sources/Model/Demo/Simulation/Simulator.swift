import Foundation
import ModelCore
import ModelStore

/// Writes synthetic progress to random tasks that are not done, through `TaskStore.update`
/// with version checks, for demos and live tests (`duban simulate`).
public struct Simulator {
    /// What a simulation wrote so far.
    public struct Tally: Equatable, Sendable {
        public var updates = 0
        public var notes = 0
        public var instructions = 0
        /// Writes refused because another process changed the task first; each was tried again.
        public var conflicts = 0

        public var writes: Int { updates + notes + instructions }
    }

    private let store: TaskStore
    private var generator: SplitMix64
    /// Ids of the tasks that may still move; a task is dropped once it is done.
    private var candidates: [String]
    public private(set) var tally = Tally()

    public init(store: TaskStore, seed: UInt64) throws {
        self.store = store
        generator = SplitMix64(seed: seed)
        candidates = try store.tasks().filter { $0.status != .done }.map(\.id)
    }

    /// Writes one change at `at`; false when every task is done and nothing is left to write.
    /// A conflict with another writer is counted and the same task is read and tried again.
    public mutating func step(at: Date) throws -> Bool {
        while !candidates.isEmpty {
            let index = Int.random(in: candidates.indices, using: &generator)
            while let task = try store.task(id: candidates[index]), task.status != .done {
                let change = SimulatedChange.next(for: task, using: &generator)
                do {
                    let written = try store.update(
                        id: task.id, status: change.status, progress: change.progress,
                        note: change.note, kind: change.kind, leader: change.kind == .instruction ? task.leaders.first : nil,
                        actor: change.actor, at: at,
                        ifVersion: task.version)
                    count(change.kind)
                    if written.status == .done { candidates.remove(at: index) }
                    return true
                } catch StoreError.conflict {
                    tally.conflicts += 1
                }
            }
            candidates.remove(at: index)
        }
        return false
    }

    private mutating func count(_ kind: ProgressEntry.Kind) {
        switch kind {
        case .update: tally.updates += 1
        case .note: tally.notes += 1
        case .instruction: tally.instructions += 1
        }
    }
}
