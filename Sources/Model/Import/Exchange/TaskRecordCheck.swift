import ModelCore

/// Validates a file's records one after another into tasks, refusing an id given twice and ids
/// whose prefix (the document's code) names two documents, which the store would refuse without
/// a line. Remembers each id and its line, no more of a task.
struct TaskRecordCheck {
    let file: String
    private var idLines: [String: Int] = [:]
    private var documents: [String: (name: String, line: Int)] = [:]

    init(file: String) {
        self.file = file
    }

    /// The record's task, at version 0.
    mutating func task(_ record: TaskRecord) throws(LocatedError) -> Task {
        let task = try record.task(file: file)
        let line = record.entries[.id]?.line ?? record.line
        if let first = idLines.updateValue(line, forKey: task.id) {
            idLines[task.id] = first
            throw record.error(.id, file: file, "duplicate id \"\(task.id)\" (first on line \(first))")
        }
        let code = Importer.documentCode(ofTaskID: task.id)
        if let known = documents[code] {
            if known.name != task.document {
                throw record.error(
                    .document, file: file,
                    "task \(task.id) is in document \"\(task.document)\", but ids \(code)-… "
                        + "belong to \"\(known.name)\" (line \(known.line))")
            }
        } else {
            documents[code] = (task.document, record.entries[.document]?.line ?? record.line)
        }
        return task
    }
}
