import Foundation
import GRDB
import ModelCore

/// SQL for the `unit_directory` row: the store's own directory of units, as JSON in the shape of
/// `directory.json`. No row means the bundled one (`Directory.standard`). A change to it is
/// structural: every open dashboard reloads with the new directory.
enum DirectoryTable {
    static let schema = """
        CREATE TABLE unit_directory (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            json TEXT NOT NULL
        );
        CREATE TRIGGER unit_directory_added AFTER INSERT ON unit_directory BEGIN
            \(ChangeSequenceSchema.structural);
        END;
        CREATE TRIGGER unit_directory_changed AFTER UPDATE ON unit_directory BEGIN
            \(ChangeSequenceSchema.structural);
        END;
        CREATE TRIGGER unit_directory_removed AFTER DELETE ON unit_directory BEGIN
            \(ChangeSequenceSchema.structural);
        END;
        """

    /// The store's directory, or the bundled one when the store has none of its own.
    static func directory(_ db: Database) throws -> Directory {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM unit_directory WHERE id = 1") else {
            return .standard
        }
        do {
            return try Directory(json: Data(json.utf8))
        } catch {
            throw UnreadableValue(description: "the store's directory of units cannot be read (\(error))")
        }
    }

    static func save(_ directory: Directory, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO unit_directory (id, json) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json",
            arguments: [String(decoding: directory.json(), as: UTF8.self)])
    }
}
