import GRDB
import ModelCore

/// SQL for the `report_round` table: each document's report rounds, and whether a user set them.
enum ReportRoundTable {
    static func all(_ db: Database) throws -> [ReportRound] {
        try Row.fetchAll(db, sql: "SELECT document, due FROM report_round ORDER BY document, due").map { row in
            let document: String = try row.decode(forColumn: "document")
            let text: String = try row.decode(forColumn: "due")
            guard let due = Day(text) else {
                throw UnreadableValue(description: "report round of \(document): due '\(text)' cannot be read")
            }
            return ReportRound(document: document, due: due)
        }
    }

    /// Whether a user set this document's rounds (`duban rounds set`), rather than an import.
    static func isSetByUser(document: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT set_by_user FROM report_round WHERE document = ? LIMIT 1",
            arguments: [document]) ?? false
    }

    /// Replaces the document's rounds with these days.
    static func replace(document: String, dues: [Day], setByUser: Bool, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM report_round WHERE document = ?", arguments: [document])
        for due in Set(dues) {
            try db.execute(
                sql: "INSERT INTO report_round (document, due, set_by_user) VALUES (?, ?, ?)",
                arguments: [document, due.description, setByUser])
        }
    }
}
