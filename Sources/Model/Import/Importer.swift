import Foundation
import ModelCore

/// The kinds of file `duban import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// Documents as text: a 公文, or a gazette issue of many, as typed or extracted from a PDF.
    case gazette
    /// A PDF, read through its text layer.
    case pdf
    case csv
    case json

    /// Told by the file's first bytes (a PDF is a PDF whatever its name), then by its name:
    /// `.csv`, `.json`, anything else is documents' text.
    public static func guess(path: String, bytes: [UInt8]) -> ImportFormat {
        if FileKind.of(bytes) == .pdf { return .pdf }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": return .csv
        case "json": return .json
        default: return .gazette
        }
    }
}

/// A file read and parsed, ready to be written to a store in one transaction.
public struct ParsedImport: Sendable {
    public var batch: ImportBatch
    public var warnings: [ImportWarning]
    /// What each document of a text or PDF file was recognised as; empty for CSV and JSON.
    public var recognised: [RecognisedDocument] = []

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
            throw LocatedError(file: path, line: 0, message: "cannot read the file (\(Importer.reason(error)))")
        }
        let format = format ?? .guess(path: path, bytes: bytes)
        if format == .pdf {
            return try documents(try PDFText.extract(path: path), file: path, directory: directory)
        }
        return try parse(bytes, file: path, format: format, directory: directory)
    }

    public static func parse(_ bytes: [UInt8], file: String, format: ImportFormat, directory: Directory = .standard) throws -> ParsedImport {
        switch format {
        case .gazette:
            return try documents(try ImportText.decode(bytes, file: file), file: file, directory: directory)
        case .pdf:
            throw LocatedError(file: file, line: 0, message: "a PDF is read from its file (duban import FILE.pdf)")
        case .csv:
            let tasks = try TaskCSV.decode(Data(bytes), file: file)
            return ParsedImport(batch: ImportBatch(documents: documents(of: tasks), tasks: tasks, mode: .replaceState), warnings: [])
        case .json:
            let tasks = try TaskJSON.decode(Data(bytes), file: file)
            return ParsedImport(batch: ImportBatch(documents: documents(of: tasks), tasks: tasks, mode: .replaceState), warnings: [])
        }
    }

    private static func documents(_ text: String, file: String, directory: Directory) throws -> ParsedImport {
        let parsed = try GazetteImporter.parse(text, file: file, directory: directory)
        return ParsedImport(
            batch: ImportBatch(documents: parsed.documents, tasks: parsed.tasks, mode: .keepState, rounds: parsed.rounds),
            warnings: parsed.warnings, recognised: parsed.recognised)
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
            let message = strerror(Int32(underlying.code))
        {
            return String(cString: message)
        }
        return nsError.localizedDescription
    }
}

extension ImportBatch {
    /// CSV and JSON know a document only by name: a document the store already holds keeps its
    /// title and deadline instead of being overwritten by a bare one.
    ///
    /// Documents read from text keep the code the store gave them when they were imported before;
    /// a new document whose code the store already gives another (another year's or office's 2号)
    /// gets the next free one (`P2b`), and its task ids follow.
    /// - Parameter storedDocuments: the documents the store holds (`TaskStore.documents()`).
    public func keepingStoredDocuments(_ storedDocuments: [Document]) -> ImportBatch {
        let stored = Dictionary(storedDocuments.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var batch = self
        guard mode == .keepState else {
            batch.documents = documents.map { stored[$0.name] ?? $0 }
            return batch
        }
        var codes = DocumentCodes(taken: Set(storedDocuments.map(\.code)))
        var recoded: [String: Document] = [:]
        batch.documents = documents.map { document in
            var kept = document
            kept.code = stored[document.name]?.code ?? codes.claim(document.code)
            if kept.code != document.code { recoded[document.name] = kept }
            return kept
        }
        guard !recoded.isEmpty else { return batch }
        let newCodes = Dictionary(uniqueKeysWithValues: documents.compactMap { old in recoded[old.name].map { (old.code, $0.code) } })
        batch.tasks = tasks.map { task in recoded[task.document].map { task.moved(to: $0) } ?? task }
        batch.rounds = rounds.map { round in newCodes[round.document].map { ReportRound(document: $0, due: round.due) } ?? round }
        return batch
    }
}
