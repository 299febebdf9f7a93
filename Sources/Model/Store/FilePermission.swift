import Foundation
import ModelCore

#if canImport(Glibc)
    import Glibc
#endif

/// What the real user of this process may do to the store's files, checked before SQLite opens them.
enum FilePermission {
    /// Why this process cannot write the store at `path` (the file, or the directory SQLite keeps its
    /// `-wal` and `-shm` files in), or nil when it can. A missing file is writable when its directory is.
    static func readOnlyReason(path: String) -> String? {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 {
            return "\(path) is not writable by \(Actor.current()) (\(ownership(path)))"
        }
        if FileManager.default.fileExists(atPath: path), access(directory, W_OK) != 0 {
            return "the directory \(directory) is not writable by \(Actor.current()) (\(ownership(directory)))"
        }
        return nil
    }

    /// Why this process cannot read the store at `path`, or nil when it can or the file is missing.
    static func unreadableReason(path: String) -> String? {
        guard FileManager.default.fileExists(atPath: path), access(path, R_OK) != 0 else { return nil }
        return "\(path) cannot be read by \(Actor.current()) (\(ownership(path)))"
    }

    /// What stops a directory being made at `path`: its nearest existing ancestor is a file, or
    /// is not writable by this process.
    static func blockingPath(_ path: String) -> String {
        var ancestor = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), ancestor.path != "/" {
            ancestor.deleteLastPathComponent()
        }
        if !isDirectory.boolValue { return "\(ancestor.path) is a file" }
        return "\(ancestor.path) is not writable by \(Actor.current()): \(ownership(ancestor.path))"
    }

    /// "group duban, mode 0664" for the file at `path`.
    static func ownership(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "cannot stat it" }
        return "group \(groupName(info.st_gid)), mode \(String(format: "%04o", info.st_mode & 0o7777))"
    }

    static func groupName(_ gid: gid_t) -> String {
        if let entry = getgrgid(gid), let name = entry.pointee.gr_name { return String(cString: name) }
        return "\(gid)"
    }
}
