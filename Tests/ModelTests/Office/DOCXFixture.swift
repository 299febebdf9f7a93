import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Word documents written at test time by `Fixtures/make_docx.py` (python-docx), read back
/// through `DOCXReader`.
enum DOCXFixture {
    /// A test prerequisite that is not installed.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/make_docx.py").path

    /// The fixture `name` (`plan`, `tables`, …) read as `name.docx`.
    static func document(_ name: String) throws -> WordDocument {
        try DOCXReader.document(of: data(name), file: "\(name).docx")
    }

    /// The bytes of the fixture `name`, written into a scratch folder removed afterwards.
    static func data(_ name: String) throws -> Data {
        guard let python = executableOnPath("python3") else {
            throw Missing(description: "python3 is not on PATH; the DOCX tests need it with python-docx (python3 -m pip install python-docx)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let errorsURL = directory.appendingPathComponent("stderr.txt")
        try #require(FileManager.default.createFile(atPath: errorsURL.path, contents: nil))
        let errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = python
        process.arguments = [script, directory.path, name]
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        try errors.close()
        let message = (try? String(contentsOf: errorsURL, encoding: .utf8)) ?? ""
        if process.terminationStatus == 3 { throw Missing(description: message.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(process.terminationStatus == 0, "make_docx.py \(name) failed: \(message)")
        return try Data(contentsOf: directory.appendingPathComponent("\(name).docx"))
    }

    private static func executableOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
