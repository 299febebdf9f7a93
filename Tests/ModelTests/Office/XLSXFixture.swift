import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Excel workbooks written by `Fixtures/make_xlsx.py` (openpyxl), all in one run the first time
/// a test asks for one, and kept for the rest of the tests.
enum XLSXFixture {
    /// A test prerequisite that is not installed, or the script's failure.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let names = ["ledger", "plan", "dates", "dates1904"]

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/make_xlsx.py").path

    /// The bytes of the fixture `name` (`ledger`, `dates`, `dates1904`).
    static func data(_ name: String) throws -> Data {
        let all = try written.get()
        guard let data = all[name] else { throw Failure(description: "make_xlsx.py has no fixture \(name)") }
        return data
    }

    /// The fixture `name`'s sheets as `XLSXReader` reads them, the file named `name.xlsx`.
    static func sheets(_ name: String) throws -> [CellGrid] {
        try XLSXReader.sheets(of: data(name), file: "\(name).xlsx")
    }

    private static let written = Result { try write() }

    private static func write() throws -> [String: Data] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard
            let python = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("python3") })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else {
            throw Failure(description: "python3 is not on PATH; the XLSX tests need it with openpyxl (python3 -m pip install openpyxl)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let errorsURL = directory.appendingPathComponent("stderr.txt")
        guard FileManager.default.createFile(atPath: errorsURL.path, contents: nil) else {
            throw Failure(description: "cannot write in \(directory.path)")
        }
        let errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = python
        process.arguments = [script, directory.path] + names
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        try errors.close()
        let message = (try? String(contentsOf: errorsURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "make_xlsx.py failed (\(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        var all: [String: Data] = [:]
        for name in names { all[name] = try Data(contentsOf: directory.appendingPathComponent("\(name).xlsx")) }
        return all
    }
}
