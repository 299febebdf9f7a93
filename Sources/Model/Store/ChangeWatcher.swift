import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when another process committed to the store.
///
/// GRDB's observation does not see other processes' commits, so this keeps one long-lived
/// connection and compares `PRAGMA data_version`, which changes when any other connection
/// commits; checking costs tens of microseconds. On Linux an inotify descriptor on the store's
/// directory (where SQLite writes the `-wal` file) becomes readable at once on a write, so an
/// event loop can `poll()` it instead of waiting for its next tick.
public final class ChangeWatcher {
    private let connection: DatabaseQueue
    private var lastVersion: Int
    /// Readable when something in the store's directory changed; nil where inotify is missing.
    public let descriptor: Int32?
    /// The store's file name: its `-wal`, `-shm` and `-journal` files begin with it too.
    private let fileName: [UInt8]

    public init(path: String) throws {
        do {
            connection = try DatabaseQueue(path: path, configuration: StoreConfiguration.make(readonly: true))
            lastVersion = try connection.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        descriptor = Self.watchDirectory(of: path)
        fileName = Array(URL(fileURLWithPath: path).lastPathComponent.utf8)
    }

    deinit {
        if let descriptor { Glibc.close(descriptor) }
        try? connection.close()
    }

    /// True once for each batch of commits made by other connections since the last call.
    public func hasChanged() throws -> Bool {
        sawStoreFileChange()
        let version: Int
        do {
            version = try connection.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.database(path: connection.path, reason: "\(error)")
        }
        defer { lastVersion = version }
        return version != lastVersion
    }

    /// Empties the inotify queue so the descriptor waits for the next write, and tells whether any
    /// of it was about the store's own files (or events were lost; true without inotify). Another
    /// file in the same directory, such as a log written many times a second, wakes the descriptor
    /// too: an event loop need not ask the store after such a wake.
    @discardableResult
    public func sawStoreFileChange() -> Bool {
        guard let descriptor else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var sawStore = false
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return sawStore }
            sawStore = sawStore || Self.namesStoreFile(buffer[0..<count], fileName: fileName)
        }
    }

    /// Whether the `inotify_event` records in `events` name a file beginning with `fileName`, or
    /// report that the queue overflowed.
    private static func namesStoreFile(_ events: ArraySlice<UInt8>, fileName: [UInt8]) -> Bool {
        let header = MemoryLayout<inotify_event>.size
        var offset = events.startIndex
        while offset + header <= events.endIndex {
            let (mask, length) = events[offset..<(offset + header)].withUnsafeBytes {
                ($0.loadUnaligned(fromByteOffset: 4, as: UInt32.self), Int($0.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
            }
            let name = events[(offset + header)..<min(offset + header + length, events.endIndex)]
            if mask & UInt32(IN_Q_OVERFLOW) != 0 || name.starts(with: fileName) { return true }
            offset += header + length
        }
        return false
    }

    private static func watchDirectory(of path: String) -> Int32? {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            Glibc.close(fd)
            return nil
        }
        return fd
    }
}
