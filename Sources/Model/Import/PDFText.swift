import Foundation
import ModelCore

/// The text layer of a PDF, read by poppler's `pdftotext -layout`, which keeps a table's columns apart.
package enum PDFText {
    static let tool = "pdftotext"

    /// The PDF's text, its pages' form feeds turned into newlines; pdftotext is looked up in `searchPath`.
    static func extract(path: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"])
        throws(LocatedError) -> String
    {
        guard let executable = executableOnPath(tool, path: searchPath) else {
            throw LocatedError(
                file: path, line: 0,
                message: "cannot read PDF: pdftotext is not installed "
                    + "(install Debian's poppler-utils: apt-get install poppler-utils)")
        }
        // pdftotext would take a path starting with "-" for an option.
        let argument = path.hasPrefix("-") ? "./" + path : path
        let run: ToolRun
        do {
            run = try ToolRun(executable: executable, arguments: ["-layout", "-enc", "UTF-8", argument, "-"])
        } catch {
            throw LocatedError(file: path, line: 0, message: "cannot read PDF: cannot run \(executable.path) (\(error.localizedDescription))")
        }
        guard run.exitedNormally, run.status == 0 else {
            throw LocatedError(file: path, line: 0, message: "cannot read PDF: " + failure(of: run))
        }
        let text = String(decoding: run.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            throw LocatedError(
                file: path, line: 0,
                message: "the PDF has no text layer (a scanned image?): "
                    + "run OCR on it first, or import its text")
        }
        return text
    }

    /// pdftotext's own word for the failure: its first error line (a "Syntax Warning" may come first).
    private static func failure(of run: ToolRun) -> String {
        let lines = String(decoding: run.stderr, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let line = lines.first(where: { $0.contains("Error") }) ?? lines.first { return line }
        return run.exitedNormally
            ? "pdftotext failed with exit status \(run.status)"
            : "pdftotext was killed by signal \(run.status)"
    }

    /// The first executable file named `name` in the directories of `PATH`.
    static func executableOnPath(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for directory in (path ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }
}

/// One finished run of a command-line tool: its whole stdout and stderr, read at once so neither pipe fills up.
private struct ToolRun {
    var stdout: Data
    var stderr: Data
    var exitedNormally: Bool
    /// The exit status, or the signal that ended the tool.
    var status: Int32

    init(executable: URL, arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // stderr drains on another thread while this one drains stdout.
        let errorText = PipeDrain(errors.fileHandleForReading)
        stdout = output.fileHandleForReading.readDataToEndOfFile()
        stderr = errorText.wait()
        process.waitUntilExit()
        exitedNormally = process.terminationReason == .exit
        status = process.terminationStatus
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once on the background thread before `done` is signalled, read only after.
    private var data = Data()

    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
