import Foundation
import ModelCore

#if canImport(Glibc)
    import Glibc
#endif

/// The user's config file, changed for one `ViewEdit` at a time: read again just before (the
/// user's editor or another dashboard may have changed it), edited line by line
/// (`ConfigViewsText`), and written whole to a temporary file in its directory that is then
/// renamed over it, with the file's permissions, so a reader sees the old file or the new one.
/// A missing file (and its directory) is made; a link is followed and its target written.
public enum ConfigViewsFile {
    /// Makes `edit` in the config file at `path` and returns the user's views as the file now has them.
    public static func apply(_ edit: ViewEdit, path: String) throws(ViewEditProblem) -> [SavedView] {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let text: String?
        do throws(LocatedError) {
            text = try DubanConfig.text(at: target)
        } catch {
            throw .unreadable(error)
        }
        let (edited, views) = try ConfigViewsText.edited(text ?? "", edit, file: path)
        if let reason = write(edited, to: target) { throw .cannotWrite(path: path, reason: reason) }
        return views
    }

    /// Writes `text` in place of the file at `path`; the reason when it cannot.
    private static func write(_ text: String, to path: String) -> String? {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let reason = makeDirectory(directory) { return reason }
        var status = stat()
        let existing = stat(path, &status) == 0
        let temporary = directory + "/." + URL(fileURLWithPath: path).lastPathComponent + ".\(UInt64.random(in: 0...UInt64.max)).tmp"
        // A new file gets the umask's permissions; an existing one keeps its own.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existing ? 0o600 : 0o666)
        guard descriptor >= 0 else { return lastError() }
        var failure: String?
        if existing && fchmod(descriptor, status.st_mode & 0o7777) != 0 { failure = lastError() }
        let bytes = Array(text.utf8)
        var written = 0
        while failure == nil && written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno != EINTR { failure = lastError() } else { written += max(0, count) }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = lastError() }
        if close(descriptor) != 0 && failure == nil { failure = lastError() }
        if failure == nil && rename(temporary, path) != 0 { failure = lastError() }
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// Makes `path` and the directories above it that are missing; the reason when it cannot.
    private static func makeDirectory(_ path: String) -> String? {
        var status = stat()
        if stat(path, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR ? nil : "\(path) is not a directory" }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path, let reason = makeDirectory(parent) { return reason }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? nil : "\(path): " + lastError()
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
