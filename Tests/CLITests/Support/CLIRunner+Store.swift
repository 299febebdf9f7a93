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

    /// A store with the gazette and a few updates, so that status, progress and updated_at travel.
    func updatedStore() throws -> String {
        let db = path("source.sqlite")
        try run(["import", CLIRunner.gazette, "--db", db])
        try run(["update", "P2-8", "--db", db, "--status", "behind", "--progress", "40"])
        try run(["update", "C8-9", "--db", db, "--status", "done"])
        try run(["update", "E11-1", "--db", db, "--note", "已召开联席会议"])
        return db
    }

    /// `t.sqlite` in the scratch directory, with the gazette and one task done (P2-1): a store
    /// that has been used, for a command that must leave it as it was.
    func usedStore() throws -> String {
        let db = path("t.sqlite")
        try run(["import", CLIRunner.gazette, "--db", db])
        try run(["update", "P2-1", "--db", db, "--status", "done"])
        return db
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
