import Foundation

/// The kinds of file `duban import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// Text extracted from a gazette's PDF.
    case gazette
    case csv
    case json

    /// Guessed from the file name: `.csv`, `.json`, anything else is gazette text.
    public static func guess(path: String) -> ImportFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .csv
        case "json": .json
        default: .gazette
        }
    }
}

/// A file read and parsed, ready to be written to a store in one transaction.
public struct ParsedImport: Sendable {
    public var batch: ImportBatch
    public var warnings: [ImportWarning]

    /// Distinct leaders named by the tasks.
    public var leaderCount: Int { Set(batch.tasks.flatMap(\.leaders)).count }
    /// Distinct units and unit groups named by the tasks.
    public var unitCount: Int {
        Set(batch.tasks.flatMap { $0.leadUnits + $0.responsibleUnits + $0.cooperatingUnits }).count
    }
}

/// Reads a file of any supported format into an import batch; nothing is written here.
public enum Importer {
    public static func read(path: String, format: ImportFormat? = nil, directory: Directory = .standard) throws -> ParsedImport {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ImportError(file: path, line: 0, message: "cannot read the file (\(Importer.reason(error)))")
        }
        return try parse(bytes, file: path, format: format ?? .guess(path: path), directory: directory)
    }

    public static func parse(_ bytes: [UInt8], file: String, format: ImportFormat, directory: Directory = .standard) throws -> ParsedImport {
        switch format {
        case .gazette:
            let parsed = try GazetteImporter.parse(try ImportText.decode(bytes, file: file), file: file, directory: directory)
            return ParsedImport(batch: ImportBatch(documents: parsed.documents, tasks: parsed.tasks, mode: .keepState,
                                                    rounds: parsed.rounds),
                                warnings: parsed.warnings)
        case .csv:
            let tasks = try TaskCSV.decode(Data(bytes), file: file)
            return ParsedImport(batch: ImportBatch(documents: documents(of: tasks), tasks: tasks, mode: .replaceState), warnings: [])
        case .json:
            let tasks = try TaskJSON.decode(Data(bytes), file: file)
            return ParsedImport(batch: ImportBatch(documents: documents(of: tasks), tasks: tasks, mode: .replaceState), warnings: [])
        }
    }

    /// CSV and JSON carry each task's document name only: the document's code is its ids' prefix.
    static func documents(of tasks: [Task]) -> [Document] {
        var seen = Set<String>()
        return tasks.compactMap { task in
            guard seen.insert(task.document).inserted else { return nil }
            return Document(code: documentCode(ofTaskID: task.id), name: task.document, title: "", defaultDeadline: nil)
        }
    }

    /// The code of a task's document, as CSV and JSON give it: the id up to its first `-`.
    static func documentCode(ofTaskID id: String) -> String {
        id.split(separator: "-").first.map(String.init) ?? id
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return nsError.localizedDescription
    }
}

extension ImportBatch {
    /// CSV and JSON know a document only by name: a document the store already holds keeps its
    /// title and deadline instead of being overwritten by a bare one.
    public func keepingStoredDocuments(of store: TaskStore) throws -> ImportBatch {
        guard mode == .replaceState else { return self }
        let stored = Dictionary(try store.documents().map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var batch = self
        batch.documents = documents.map { stored[$0.name] ?? $0 }
        return batch
    }
}
