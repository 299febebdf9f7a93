import Foundation
import ModelCore
import ModelStore

/// A snapshot written to a file beside the store, so that a dashboard over a large store starts
/// from it instead of building every task and index from the store's rows.
///
/// The image is a cache, never the truth. It names the store it was taken from (the store's
/// `store_id` setting), the Directory its indexes were built with, the change cursor it was read
/// at and a witness of the history entry that cursor names (a backup restored in place keeps the
/// store's id, and may reach the same cursor with other entries). A load uses it only when all
/// of them still hold and no structural change came after its cursor; the task writes and
/// history recorded since are then read from the store and applied, as a live dashboard applies
/// them. Anything else (no image, another store, a damaged or older file) is a full load, which
/// writes a new image for the next start. An import writes one as soon as it has committed
/// (`SQLiteStore.writeSnapshotImage`), so that start is rare.
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
    static let format = 4
    /// Lists (of units, leaders, proposers) remembered by number; others are written out again.
    static let rememberedLists = 10_000

    /// Why an image could not be read or written.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// What names the store state an image is taken from, beside its cursor
    /// (`SQLiteStore.imageStamp(at:)`).
    struct Stamp: Equatable {
        var storeID: String
        var lastEntry: UInt64
    }

    /// What an image was taken from: checked against the store before its tasks are read.
    struct Header: Equatable {
        var storeID: String
        var directory: UInt64
        var cursor: ChangeCursor
        /// The `witness` of the history entry the cursor names: a store file restored from a
        /// backup and written since may reach the same cursor with other entries.
        var lastEntry: UInt64
        var taskCount: Int
    }

    /// Where the image of the store at `storePath` is kept.
    public static func path(forStore storePath: String) -> String {
        let store = URL(fileURLWithPath: storePath)
        return store.deletingLastPathComponent().appendingPathComponent("." + store.lastPathComponent + ".snapshot").path
    }

    /// A hash of what the indexes depend on in `directory`: its groups and their members.
    static func fingerprint(_ directory: Directory) -> UInt64 {
        var hash = StableHash()
        for group in directory.groups {
            hash.add(group.name, 1)
            for member in directory.members(of: group) { hash.add(member.name, 2) }
        }
        return hash.value
    }

    /// A hash of everything recorded in a history entry (0 for none): when the store's entry with
    /// the image's last id is not the image's, the store is not the one the image was taken from.
    static func witness(_ entry: ProgressEntry?) -> UInt64 {
        guard let entry else { return 0 }
        var hash = StableHash()
        for field in [
            entry.taskID, entry.actor, "\(entry.at.timeIntervalSince1970.bitPattern)", entry.kind.rawValue,
            entry.oldStatus?.rawValue ?? "", entry.newStatus?.rawValue ?? "",
            entry.oldProgress.map(String.init) ?? "", entry.newProgress.map(String.init) ?? "", entry.note ?? "", entry.leader ?? ""
        ] {
            hash.add(field, 0)
        }
        return hash.value
    }

    /// FNV-1a over texts each ended by a separator byte: the same in every process (Swift's
    /// `Hasher` is seeded per process).
    private struct StableHash {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String, _ separator: UInt8) {
            for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            value = (value ^ UInt64(separator)) &* 0x100_0000_01b3
        }
    }
}
