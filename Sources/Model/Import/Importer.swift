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
    /// An Excel workbook: the first sheet with a task header, read as a ledger.
    case xlsx
    /// A Word document: a table with a task header as a ledger, else its paragraphs as a plan.
    case docx

    /// Told by the file's first bytes (a PDF is a PDF whatever its name; a ZIP is a workbook or a
    /// Word document by its parts), then by its name: `.csv`, `.json`; `.xlsx` and `.docx` that
    /// are no ZIP go to their reader, which says what they are not; anything else is documents' text.
    public static func guess(path: String, bytes: [UInt8]) -> ImportFormat {
        switch FileKind.of(bytes) {
        case .pdf: return .pdf
        case .zip: return contains(bytes, "word/document.xml") && !contains(bytes, "xl/workbook.xml") ? .docx : .xlsx
        case .compound, .text: break
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": return .csv
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        case "docx": return .docx
        default: return .gazette
        }
    }

    /// Whether a ZIP's bytes name a part: the central directory writes the names uncompressed.
    private static func contains(_ bytes: [UInt8], _ name: String) -> Bool {
        Data(bytes).range(of: Data(name.utf8)) != nil
    }
}

/// A file read and parsed, ready to be written to a store in one transaction.
public struct ParsedImport: Sendable {
    public var batch: ImportBatch
    public var warnings: [ImportWarning]
    /// What each document of a text or PDF file was recognised as; empty for CSV and JSON.
    public var recognised: [RecognisedDocument] = []
    /// What a table's reader chose and should say: the document's name and where it came from,
    /// the sheet or table read.
    public var notes: [String] = []

    /// What the summary counts of the batch.
    public var tally: ImportTally { ImportTally(documents: batch.documents, tasks: batch.tasks) }
}

/// A file opened for import: CSV and JSON in the export's shape as a stream of tasks, anything
/// else read whole.
public enum ImportReading {
    case stream(ExchangeImport)
    case whole(ParsedImport)
}

/// Reads a file of any supported format into an import batch; nothing is written here.
public enum Importer {
    /// Opens a file for import. CSV in the export's shape (English, Chinese or mixed headers) is
    /// read a row at a time, after its encoding has been checked over the whole file; JSON is
    /// parsed whole, then given a task at a time; ledgers, documents' text, PDF, xlsx and docx
    /// are read whole (`read`).
    public static func open(
        path: String, format: ImportFormat? = nil, directory: Directory = .standard, table: TableImportOptions = .init()
    ) throws -> ImportReading {
        var head: [UInt8] = []
        _ = try FileChunks(path: path).nextChunk(appendingTo: &head)
        let whole = { () throws -> ImportReading in .whole(try read(path: path, format: format, directory: directory, table: table)) }
        guard FileKind.of(head) == .text else { return try whole() }
        switch format ?? .guess(path: path, bytes: head) {
        case .csv:
            guard let records = try CSVRecords(path: path, encoding: try FileEncoding.of(path: path)) else { return try whole() }
            return .stream(ExchangeImport(records: records, file: path, directory: directory))
        case .json:
            let records = try TaskJSON.records(Data(try bytes(of: path)), file: path)
            return .stream(ExchangeImport(records: HeldRecords(records), file: path, directory: directory))
        case .gazette, .pdf, .xlsx, .docx:
            return try whole()
        }
    }

    /// Reads a file whole into a batch.
    public static func read(
        path: String, format: ImportFormat? = nil, directory: Directory = .standard, table: TableImportOptions = .init()
    ) throws -> ParsedImport {
        let bytes = try bytes(of: path)
        let format = format ?? .guess(path: path, bytes: bytes)
        if format == .pdf {
            return try documents(try PDFText.extract(path: path), file: path, directory: directory)
        }
        return try parse(bytes, file: path, format: format, directory: directory, table: table)
    }

    public static func parse(
        _ bytes: [UInt8], file: String, format: ImportFormat, directory: Directory = .standard, table: TableImportOptions = .init()
    ) throws -> ParsedImport {
        if FileKind.of(bytes) == .compound { throw OldOfficeFormat.refusal(path: file, bytes: bytes) }
        switch format {
        case .gazette:
            return try documents(try ImportText.decode(bytes, file: file), file: file, directory: directory)
        case .pdf:
            throw LocatedError(file: file, line: 0, message: "a PDF is read from its file (duban import FILE.pdf)")
        case .csv:
            let text = try ImportText.decode(bytes, file: file)
            let rows = try CSVReader.rows(in: text, file: file).filter { $0.fields.contains { !$0.isEmpty } }
            guard let header = rows.first, !TaskCSV.isExportHeader(header) else {
                return try exchange(try TaskCSV.records(rows, file: file), file: file, directory: directory)
            }
            let grid = CellGrid(name: file, rows: rows.map { CellRow(number: $0.line, cells: $0.fields) })
            return try tables([grid], file: file, placer: { _ in .lines(of: file) }, directory: directory, options: table)
        case .json:
            return try exchange(try TaskJSON.records(Data(bytes), file: file), file: file, directory: directory)
        case .docx:
            let document = try DOCXReader.document(of: Data(bytes), file: file)
            guard let grids = WordImport.tables(document) else {
                return try documents(WordImport.text(document), file: file, directory: directory)
            }
            return try tables(grids, file: file, placer: { .cells(of: file, grid: $0.name) }, directory: directory, options: table)
        case .xlsx:
            let grids = try XLSXReader.sheets(of: Data(bytes), file: file)
            return try tables(grids, file: file, placer: { .cells(of: file, grid: $0.name) }, directory: directory, options: table)
        }
    }

    private static func bytes(of path: String) throws(LocatedError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw LocatedError(file: path, line: 0, message: "cannot read the file (\(Importer.reason(error)))")
        }
    }

    private static func documents(_ text: String, file: String, directory: Directory) throws -> ParsedImport {
        let parsed = try GazetteImporter.parse(text, file: file, directory: directory)
        return ParsedImport(
            batch: ImportBatch(documents: parsed.documents, tasks: parsed.tasks, mode: .keepState, rounds: parsed.rounds),
            warnings: parsed.warnings, recognised: parsed.recognised)
    }

    /// Tasks in the export's shape, their names resolved through the Directory.
    private static func exchange(_ records: [TaskRecord], file: String, directory: Directory) throws -> ParsedImport {
        var stream = ExchangeImport(records: HeldRecords(records), file: file, directory: directory)
        var tasks: [Task] = []
        while let task = try stream.next() { tasks.append(task) }
        return ParsedImport(batch: ImportBatch(documents: stream.documents, tasks: tasks, mode: .replaceState), warnings: stream.warnings)
    }

    /// The tasks of the first table with a task header (tables after it with the same header
    /// continue it, as a table split by a page does); a table without one is named in the notes.
    static func tables(
        _ grids: [CellGrid], file: String, placer: (CellGrid) -> CellPlacer, directory: Directory, options: TableImportOptions
    ) throws -> ParsedImport {
        let reader = TableImporter(directory: directory, options: options)
        var firstError: LocatedError?
        for (index, grid) in grids.enumerated() {
            let read: TableImport
            do {
                read = try reader.read(grid, file: file, placer: placer(grid))
            } catch {
                firstError = firstError ?? error
                continue
            }
            var notes = read.notes
            if grids.count > 1 {
                let others = grids.enumerated().filter { $0.offset != index }.map(\.element.name)
                notes.append("read \(grid.name) (\(index + 1) of \(grids.count)); \(others.joined(separator: ", ")) not read")
            }
            let batch = ImportBatch(documents: read.documents, tasks: read.tasks, mode: .keepState, reports: read.reports)
            return ParsedImport(batch: batch, warnings: read.warnings, notes: notes)
        }
        throw firstError ?? LocatedError(file: file, line: 0, message: "no table in the file")
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
    /// Documents read from text or a table keep the code the store gave them when they were
    /// imported before (one with neither title nor deadline, as a ledger's 文件 column names it,
    /// keeps the stored title and deadline too); a new document whose code the store already
    /// gives another (another year's or office's 2号) gets the next free one (`P2b`), and its
    /// task ids follow.
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
            let byNameOnly = document.title.isEmpty && document.defaultDeadline == nil
            var kept = byNameOnly ? stored[document.name] ?? document : document
            kept.code = stored[document.name]?.code ?? codes.claim(document.code)
            if kept.code != document.code { recoded[document.name] = kept }
            return kept
        }
        guard !recoded.isEmpty else { return batch }
        let newCodes = Dictionary(uniqueKeysWithValues: documents.compactMap { old in recoded[old.name].map { (old.code, $0.code) } })
        batch.tasks = tasks.map { task in recoded[task.document].map { task.moved(to: $0) } ?? task }
        let newIDs = Dictionary(uniqueKeysWithValues: zip(tasks.map(\.id), batch.tasks.map(\.id)).filter { $0.0 != $0.1 })
        batch.reports = reports.map { report in
            var moved = report
            moved.taskID = newIDs[report.taskID] ?? report.taskID
            return moved
        }
        batch.rounds = rounds.map { round in newCodes[round.document].map { ReportRound(document: $0, due: round.due) } ?? round }
        return batch
    }
}
