import Foundation
import ModelCore

/// Writes tasks to a file exactly as `TaskJSON.encode` or `TaskCSV.encode` would, a slice at a
/// time, so that a million tasks never sit in one string.
public struct TaskFileWriter {
    /// The two exchange formats.
    public enum Format: Sendable {
        case json
        case csv
    }

    private let handle: FileHandle
    private let format: Format
    private var written = 0

    /// Creates (or empties) the file at `path`.
    public init(path: String, format: Format) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.format = format
        if format == .csv { try handle.write(contentsOf: Data(TaskCSV.header(.en).utf8)) }
    }

    /// Appends tasks after those already written.
    public mutating func write(_ tasks: [Task]) throws {
        guard !tasks.isEmpty else { return }
        var text = ""
        for task in tasks {
            switch format {
            case .json:
                text += (written == 0 ? "[\n" : ",\n") + TaskJSON.object(task)
            case .csv:
                text += TaskCSV.row(task, language: .en)
            }
            written += 1
        }
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Ends the file and closes it.
    public func finish() throws {
        if format == .json { try handle.write(contentsOf: Data((written == 0 ? "[]\n" : "\n]\n").utf8)) }
        try handle.close()
    }
}
