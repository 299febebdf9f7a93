import ArgumentParser
import Foundation
import ModelDemo
import ModelImport
import ModelRead
import ModelStore

/// `duban gen`: deterministic synthetic tasks for benchmarks, as JSON, CSV or a store with history.
struct GenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Generate synthetic tasks in the shape of a real plan (for benchmarks).",
        discussion: """
            The same --tasks and --seed give byte-identical files. The format follows the output's \
            extension: .json and .csv hold tasks only (import them with `duban import`); .sqlite or \
            .db writes a new store with the tasks and about half of them with 1–3 history entries \
            (and its snapshot image, from \(SnapshotImage.minimumTasks) tasks on).
            """
    )

    @Option(help: "How many tasks.")
    var tasks: Int

    @Option(help: "The seed of the random sequence.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The file to write: .json, .csv, or .sqlite/.db for a new store.", valueName: "file"))
    var output: String

    func validate() throws {
        guard tasks > 0 else { throw ValidationError("--tasks must be positive") }
        guard Kind(path: output) != nil else {
            throw ValidationError("--output must end in .json, .csv, .sqlite or .db, not “\(output)”")
        }
    }

    /// What `--output` names.
    private enum Kind {
        case file(TaskFileWriter.Format)
        case store

        init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "json": self = .file(.json)
            case "csv": self = .file(.csv)
            case "sqlite", "db": self = .store
            default: return nil
            }
        }
    }

    func run() throws {
        try reportingFailures {
            var generator = TaskGenerator(seed: seed)
            switch Kind(path: output)! {
            case .file(let format):
                var writer = try writer(format)
                var written = 0
                while written < tasks {
                    let size = min(10_000, tasks - written)
                    try write { try writer.write((0..<size).map { _ in generator.next().task }) }
                    written += size
                }
                try write { try writer.finish() }
                print("\(output): \(tasks) tasks (seed \(seed))")
            case .store:
                guard !FileManager.default.fileExists(atPath: output) else {
                    throw CommandFailure(message: "\(output) exists; gen writes a new store only")
                }
                let store = try SQLiteStore(path: output)
                defer { try? store.close() }
                let entries = try GeneratedStore.write(tasks, from: &generator, into: store)
                print("\(output): \(tasks) tasks, \(entries) history entries (seed \(seed))")
                if let image = SnapshotImageLine.write(for: store) { print(image) }
            }
        }
    }

    private func writer(_ format: TaskFileWriter.Format) throws -> TaskFileWriter {
        try write { try TaskFileWriter(path: output, format: format) }
    }

    /// Runs a file operation, turning a failure into one line naming the output.
    private func write<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(message: "cannot write \(output) (\(error.localizedDescription))")
        }
    }
}
