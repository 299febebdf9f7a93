import ModelCore

/// A CSV or JSON file in the export's shape as an `ImportStream`: each record is validated, its
/// names resolved and counted as the store asks for it, and let go once written. What is kept is
/// what the checks and the summary need: each id and its line, the documents, the distinct names,
/// the warnings.
public struct ExchangeImport: ImportStream {
    public let mode = ImportBatch.Mode.replaceState
    public let file: String
    private var records: any TaskRecordSource
    private var check: TaskRecordCheck
    private var names: TaskNames
    /// The documents the store holds, by name: a document the file names keeps its stored code,
    /// title and deadline instead of being overwritten by a bare one.
    private var stored: [String: Document] = [:]
    public private(set) var tally = ImportTally()

    init(records: any TaskRecordSource, file: String, directory: Directory) {
        self.records = records
        self.file = file
        check = TaskRecordCheck(file: file)
        names = TaskNames(directory: directory, file: file)
    }

    /// Gives a document the file names the code, title and deadline of the stored document with
    /// its name; call before the first `next()`.
    /// - Parameter storedDocuments: the documents the store holds (`TaskStore.documents()`).
    public mutating func keepingStoredDocuments(_ storedDocuments: [Document]) {
        stored = Dictionary(storedDocuments.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var documents: [Document] { tally.documents }
    public var warnings: [ImportWarning] { names.warnings }
    /// How much of the file has been read, from 0 to 1.
    public var fractionRead: Double { records.fractionRead }

    public mutating func next() throws -> Task? {
        guard let record = try records.next() else { return nil }
        let task = names.resolve(try check.task(record), record: record)
        if !tally.hasTasks(inDocument: task.document) {
            let code = Importer.documentCode(ofTaskID: task.id)
            tally.documents.append(stored[task.document] ?? Document(code: code, name: task.document, title: "", defaultDeadline: nil))
        }
        tally.count(task)
        return task
    }

    /// Reads the rest of the file, as a dry run does: every check, nothing written.
    public mutating func readToEnd() throws {
        while try next() != nil {}
    }
}
