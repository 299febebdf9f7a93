/// The change cursor's schema: a store-wide sequence and triggers that stamp every task write.
///
/// The triggers live in the store file, so every writer stamps its changes in its own
/// transaction: this code, a future write path, and a `duban` built before this migration
/// that still opens the file (GRDB lets it run, its migrations being a prefix).
///
/// - `change_counter.sequence` is taken by each task row written and each structural change;
///   a task row keeps the number it took in `task.change_seq`.
/// - `change_counter.structure_sequence` is the sequence of the last change a reader cannot
///   apply row by row: a task added or removed, a document added, changed or removed, a
///   report round set.
/// - History needs nothing: `progress_entry.id` only grows (AUTOINCREMENT).
enum ChangeSequenceSchema {
    static let sql = """
        ALTER TABLE task ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX task_change_seq ON task(change_seq);
        CREATE TABLE change_counter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            sequence INTEGER NOT NULL,
            structure_sequence INTEGER NOT NULL
        );
        INSERT INTO change_counter (id, sequence, structure_sequence) VALUES (1, 0, 0);

        CREATE TRIGGER task_changed AFTER UPDATE ON task WHEN NEW.change_seq IS OLD.change_seq BEGIN
            UPDATE change_counter SET sequence = sequence + 1;
            UPDATE task SET change_seq = (SELECT sequence FROM change_counter) WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER task_added AFTER INSERT ON task BEGIN
            UPDATE change_counter SET sequence = sequence + 1, structure_sequence = sequence + 1;
            UPDATE task SET change_seq = (SELECT sequence FROM change_counter) WHERE rowid = NEW.rowid;
        END;
        CREATE TRIGGER task_removed AFTER DELETE ON task BEGIN
            \(structural);
        END;

        CREATE TRIGGER document_added AFTER INSERT ON document BEGIN
            \(structural);
        END;
        CREATE TRIGGER document_changed AFTER UPDATE ON document
        WHEN OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name OR OLD.title IS NOT NEW.title
            OR OLD.default_deadline IS NOT NEW.default_deadline BEGIN
            \(structural);
        END;
        CREATE TRIGGER document_removed AFTER DELETE ON document BEGIN
            \(structural);
        END;
        """

    /// Report rounds change what the snapshot shows without touching a task: structural too.
    static let roundTriggers = """
        CREATE TRIGGER report_round_added AFTER INSERT ON report_round BEGIN
            \(structural);
        END;
        CREATE TRIGGER report_round_changed AFTER UPDATE ON report_round BEGIN
            \(structural);
        END;
        CREATE TRIGGER report_round_removed AFTER DELETE ON report_round BEGIN
            \(structural);
        END;
        """

    /// Takes the next sequence number for a change readers must reload for.
    static let structural =
        "UPDATE change_counter SET sequence = sequence + 1, structure_sequence = sequence + 1"
}
