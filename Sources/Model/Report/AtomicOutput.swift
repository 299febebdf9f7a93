import Foundation

/// Writes a file whole or not at all: into a hidden temporary file in the same directory, then
/// renamed over the destination (a rename within a directory is atomic). On any failure the
/// temporary file is removed and the destination is left as it was.
enum AtomicOutput {
    static func write(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportError.noDirectory(path: path, directory: directory.path)
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportError.isDirectory(path: path)
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw ReportError.notPermitted(path: path)
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        // Made here first, so that a directory that takes no file is said in one line, before a
        // library tries and prints its own complaint.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw ReportError.failed(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
        do {
            try body(temporary)
            guard rename(temporary, path) == 0 else {
                throw ReportError.failed(path: path, reason: String(cString: strerror(errno)))
            }
        } catch ReportError.failed(_, let reason) {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReportError.failed(path: path, reason: reason)
        } catch let error as ReportError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReportError.failed(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
