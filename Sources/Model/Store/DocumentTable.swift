import GRDB
import ModelCore

/// SQL for the `document` table.
enum DocumentTable {
    static func all(_ db: Database) throws -> [Document] {
        try Row.fetchAll(db, sql: "SELECT code, name, title, default_deadline FROM document ORDER BY code")
            .map(document(from:))
    }

    /// Inserts the document, or updates the one with the same code.
    static func upsert(_ document: Document, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO document (code, name, title, default_deadline) VALUES (?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET
                    name = excluded.name, title = excluded.title, default_deadline = excluded.default_deadline
                """, arguments: [document.code, document.name, document.title, document.defaultDeadline?.description])
    }

    private static func document(from row: Row) throws -> Document {
        let code: String = try row.decode(forColumn: "code")
        let deadlineText: String? = try row.decode(forColumn: "default_deadline")
        let deadline = try deadlineText.map { text in
            guard let day = Day(text) else {
                throw UnreadableValue(description: "document \(code): default_deadline '\(text)' cannot be read")
            }
            return day
        }
        return Document(
            code: code, name: try row.decode(forColumn: "name"), title: try row.decode(forColumn: "title"),
            defaultDeadline: deadline)
    }
}
