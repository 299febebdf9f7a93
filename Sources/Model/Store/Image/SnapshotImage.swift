import Foundation

/// A snapshot written to a file beside the store, so that a dashboard over a large store starts
/// from it instead of building every task and index from the store's rows.
///
/// The image is a cache, never the truth. It names the store it was taken from (the store's
/// `store_id` setting), the Directory its indexes were built with, and the change cursor it was
/// read at. A load uses it only when all three still hold and no structural change came after
/// its cursor; the task writes and history recorded since are then read from the store and
/// applied, as a live dashboard applies them. Anything else (no image, another store, a damaged
/// or older file) is a full load, which writes a new image for the next start. An import writes
/// one as soon as it has committed (`SQLiteStore.writeSnapshotImage`), so that start is rare.
///
/// The file is `.<store file name>.snapshot` in the store's directory: hidden, and outside the
/// names the change watcher wakes for. It is written to a temporary file and renamed into place,
/// with the store file's group and mode, so a reader sees a whole image or none.
public enum SnapshotImage {
    /// Stores with fewer tasks load from their rows fast enough (5,000 in some 60 ms).
    public static let minimumTasks = 5_000
    /// Once more task writes and history entries than this have come after an image's cursor, a
    /// start from it writes a new one (a twentieth of the tasks, at least 1 000).
    static func staleness(taskCount: Int) -> Int { max(1_000, taskCount / 20) }

    /// Whether a load of `taskCount` tasks from `source` calls for a new image: a store large
    /// enough that this process may write, loaded from its rows or from an image too far behind.
    static func isWorthWriting(for store: SQLiteStore, taskCount: Int, source: SnapshotSource) -> Bool {
        guard store.access == .readWrite, taskCount >= minimumTasks else { return false }
        if case let .image(behind) = source { return behind >= staleness(taskCount: taskCount) }
        return true
    }

    static let magic = Array("duban snapshot image\n".utf8)
    static let endMarker = Array("end.".utf8)
    /// Bumped whenever the layout below changes; an image of another format is not read.
    static let format = 2
    /// Lists (of units, leaders, proposers) remembered by number; others are written out again.
    static let rememberedLists = 10_000

    /// Why an image could not be read or written.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// What an image was taken from: checked against the store before its tasks are read.
    struct Header: Equatable {
        var storeID: String
        var directory: UInt64
        var cursor: ChangeCursor
        var taskCount: Int
    }

    /// Where the image of the store at `storePath` is kept.
    public static func path(forStore storePath: String) -> String {
        let store = URL(fileURLWithPath: storePath)
        return store.deletingLastPathComponent().appendingPathComponent("." + store.lastPathComponent + ".snapshot").path
    }

    /// A hash of what the indexes depend on in `directory`: its groups and their members. FNV-1a,
    /// the same in every process (Swift's `Hasher` is seeded per process).
    static func fingerprint(_ directory: Directory) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String, _ separator: UInt8) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ UInt64(separator)) &* 0x100_0000_01b3
        }
        for group in directory.groups {
            add(group.name, 1)
            for member in directory.members(of: group) { add(member.name, 2) }
        }
        return hash
    }
}
