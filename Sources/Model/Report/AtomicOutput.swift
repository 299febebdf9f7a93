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
            throw ReportError.cannotWrite(path: path, reason: "no such directory \(directory.path)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportError.cannotWrite(path: path, reason: "it is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw ReportError.cannotWrite(path: path, reason: "permission denied")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        do {
            try body(temporary)
            guard rename(temporary, path) == 0 else {
                throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as ReportError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReportError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
