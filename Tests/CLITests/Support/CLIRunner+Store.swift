import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension CLIRunner {
    /// A store filled with the bundled gazette, and its JSON export.
    func filledStore(at path: String) throws -> String {
        #expect(try run(["import", CLIRunner.gazette, "--db", path]).status == 0)
        return try export(path)
    }

    /// The store's tasks as `duban export --format json` writes them.
    func export(_ path: String) throws -> String {
        try run(["export", "--db", path, "--format", "json"]).stdout
    }

    /// Starts duban with `arguments` and returns at once; its output is discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
