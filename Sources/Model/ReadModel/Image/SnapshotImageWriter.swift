import Foundation
import ModelStore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a store's snapshot image on a thread of its own at low priority, after a load that found
/// no current image, so that the next start (anyone's: the image is shared like the store) reads
/// it instead of every row. `cancel()` stops it and leaves no file behind; a process about to
/// close the store calls it first.
public final class SnapshotImageWriter: @unchecked Sendable {
    /// The nice value of the writing thread: the dashboard's own threads come first.
    private static let niceness: Int32 = 10
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var cancelled = false
    /// Why the image was not written, once the thread has finished; nil when it was (or skipped).
    public private(set) var failure: String?
    /// Whether the store had an image as recent already, so none was written.
    public private(set) var skipped = false
    /// Where this writer writes before renaming.
    private let temporary: String

    private init(storePath: String) {
        temporary = SnapshotImage.temporaryPath(forStore: storePath)
    }

    /// Starts writing when the load calls for an image: a store of at least
    /// `SnapshotImage.minimumTasks` tasks that this process may write, loaded from its rows or from
    /// an image too far behind. Returns nil when no image is to be written.
    public static func start(
        for store: SQLiteStore, snapshot: Snapshot, cursor: ChangeCursor,
        source: SnapshotSource
    ) -> SnapshotImageWriter? {
        guard SnapshotImage.isWorthWriting(for: store, taskCount: snapshot.tasks.count, source: source) else { return nil }
        let writer = SnapshotImageWriter(storePath: store.path)
        let work = UncheckedWork(store: store, snapshot: snapshot, cursor: cursor)
        let thread = Thread { writer.run(work) }
        thread.name = "duban image"
        thread.start()
        return writer
    }

    /// Waits until the image is written or has failed.
    public func wait() {
        finished.wait()
        finished.signal()
    }

    /// Stops the writing at its next chunk, which removes the unfinished file. A process about to
    /// exit does not wait long for that: at low priority on a busy machine the thread may not run
    /// for a while, so after `patience` the file is removed here and the exit ends the thread.
    public func cancel(patience: DispatchTimeInterval = .milliseconds(200)) {
        lock.withLock { cancelled = true }
        if finished.wait(timeout: .now() + patience) == .success {
            finished.signal()
        } else {
            unlink(temporary)
        }
    }

    private func run(_ work: UncheckedWork) {
        // On Linux the nice value is per thread, and `who` 0 is the calling thread.
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        if work.store.hasImage(atLeast: work.cursor, directory: work.snapshot.directory) {
            skipped = true
            finished.signal()
            return
        }
        let isCancelled = { [self] in lock.withLock { cancelled } }
        do {
            try SnapshotImage.save(
                work.snapshot, cursor: work.cursor, stamp: try work.store.imageStamp(at: work.cursor),
                storePath: work.store.path, temporary: temporary, isCancelled: isCancelled)
        } catch {
            failure = "\(error)"
        }
        finished.signal()
    }

    /// What the thread writes: the store's pool may be used from any thread, and the snapshot is a value.
    private struct UncheckedWork: @unchecked Sendable {
        let store: SQLiteStore
        let snapshot: Snapshot
        let cursor: ChangeCursor
    }
}
