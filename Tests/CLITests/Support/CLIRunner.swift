import Foundation

/// Runs the real `duban` binary, as a user would, with its own temporary home and store.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// A scratch directory removed by `cleanUp()`.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let gazette = packageRoot.appendingPathComponent("sample-data/litong-gazette-2020-no1.txt").path

    /// The binary built next to this test bundle.
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("duban").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("duban")
    }()

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Runs duban with `arguments`; HOME and XDG_DATA_HOME point into the scratch directory so the
    /// user's real store is never touched.
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        try Self.execute(
            Self.binary, arguments, environment: environment(extra),
            directory: FileManager.default.currentDirectoryPath)
    }

    /// This process's environment with HOME and XDG_DATA_HOME in the scratch directory, no
    /// DUBAN_DB and no config file named (so the one in the scratch home counts), English words
    /// (DUBAN_LANG=en: the tests read the English; the Chinese ones say DUBAN_LANG=zh), and `extra`
    /// on top.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory.path
        environment["XDG_DATA_HOME"] = directory.appendingPathComponent("data").path
        environment["DUBAN_LANG"] = "en"
        for key in ["DUBAN_DB", "DUBAN_CONFIG", "XDG_CONFIG_HOME"] { environment.removeValue(forKey: key) }
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `executable` with exactly `environment`, in `directory`, and collects what it printed.
    static func execute(
        _ executable: URL, _ arguments: [String], environment: [String: String],
        directory: String
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }
}
