import ModelCore

/// The records of a CSV or JSON file in the export's shape, one at a time.
protocol TaskRecordSource {
    /// The next record, or nil when the file has no more.
    mutating func next() throws(LocatedError) -> TaskRecord?
    /// How much of the file has been read, from 0 to 1: for a progress bar.
    var fractionRead: Double { get }
}

/// The records of a CSV file under its header, read a row at a time; blank rows are skipped.
struct CSVRecords: TaskRecordSource {
    private var parser: CSVParser<FileText>
    private let columns: TaskCSV.Columns

    /// Reads up to the header, the first row that is not blank; nil when that row is not the
    /// export's (`TaskCSV.isExportHeader`): a ledger's, read whole as a table.
    init?(path: String, encoding: FileEncoding) throws(LocatedError) {
        parser = CSVParser(try FileText(path: path, encoding: encoding), file: path)
        guard let header = try Self.nonBlank(&parser) else {
            throw LocatedError(file: path, line: 0, message: "no header row")
        }
        guard TaskCSV.isExportHeader(header) else { return nil }
        columns = try TaskCSV.Columns(header: header, file: path)
    }

    var fractionRead: Double { parser.text.fractionRead }

    mutating func next() throws(LocatedError) -> TaskRecord? {
        try Self.nonBlank(&parser).map { row throws(LocatedError) in try columns.record(row) }
    }

    private static func nonBlank(_ parser: inout CSVParser<FileText>) throws(LocatedError) -> CSVRow? {
        while let row = try parser.next() {
            if row.fields.contains(where: { !$0.isEmpty }) { return row }
        }
        return nil
    }
}

/// Records already read whole (a JSON file is parsed whole first), given one at a time.
struct HeldRecords: TaskRecordSource {
    private var records: IndexingIterator<[TaskRecord]>
    private let count: Int
    private var given = 0

    init(_ records: [TaskRecord]) {
        self.records = records.makeIterator()
        count = records.count
    }

    var fractionRead: Double { count > 0 ? Double(given) / Double(count) : 1 }

    mutating func next() -> TaskRecord? {
        guard let record = records.next() else { return nil }
        given += 1
        return record
    }
}
