import Foundation

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport
@testable import ModelStore

/// A store seeded with the sample gazette and one committed note, copied afresh for every case
/// it checks: an import must apply whole or leave the store as it was, and never lose the note.
final class FuzzStore {
    /// What one case did to the store.
    enum Outcome: Equatable {
        case imported
        /// The importer refused the file: nothing reached the store.
        case refusedByParser
        /// The file parsed but the store refused the batch, with this message; the store is unchanged.
        case refusedByStore(String)
        /// The store refused the batch but kept part of it.
        case partial
        /// The import went through but the committed note is gone.
        case lostWrite
    }

    private let directory: URL
    private let template: String
    private let work: String
    private let pristine: String
    static let note = "fuzz: a committed note that every import must keep"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        template = directory.appendingPathComponent("template.sqlite").path
        work = directory.appendingPathComponent("work.sqlite").path
        let store = try SQLiteStore(path: template)
        try SampleData.seedIfEmpty(store)
        _ = try store.update(
            id: "P2-8", status: .inProgress, progress: 40, note: Self.note, kind: .update,
            actor: "fuzz", at: Date(timeIntervalSince1970: 1_593_600_000), ifVersion: nil)
        pristine = try Self.dump(store)
        try store.close()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Imports `bytes` as `duban import` would, into a fresh copy of the template store.
    func check(_ bytes: [UInt8], format: ImportFormat) throws -> Outcome {
        let parsed: ParsedImport
        do {
            parsed = try Importer.parse(bytes, file: "fuzz", format: format)
        } catch is LocatedError {
            return .refusedByParser
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: work + suffix) }
        try FileManager.default.copyItem(atPath: template, toPath: work)
        let store = try SQLiteStore(path: work)
        defer { try? store.close() }
        do {
            _ = try store.apply(parsed.batch.keepingStoredDocuments(try store.documents()))
        } catch {
            return try Self.dump(store) == pristine ? .refusedByStore("\(type(of: error)): \(error)") : .partial
        }
        let kept = try store.history(taskID: "P2-8").contains { $0.note == Self.note }
        return kept ? .imported : .lostWrite
    }

    /// Everything the store holds, as text to compare.
    private static func dump(_ store: SQLiteStore) throws -> String {
        let history = try store.history(since: nil, actor: nil, limit: nil)
        return "\(try store.documents())\n\(try store.reportRounds())\n\(try store.tasks())\n\(history)"
    }
}
