import GRDB

/// The store's migrations, applied in order when a store is opened.
///
/// Migration names are identifiers, not a count: branches add theirs between others ("v2-…"
/// may come after "v3-…" has been applied), and GRDB runs whichever a store has not seen yet.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        code TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        default_deadline TEXT
                    );
                    CREATE TABLE task (
                        id TEXT PRIMARY KEY NOT NULL,
                        document TEXT NOT NULL,
                        number INTEGER NOT NULL,
                        case_number TEXT,
                        category TEXT,
                        chapter TEXT NOT NULL,
                        section TEXT,
                        text TEXT NOT NULL,
                        proposers TEXT NOT NULL,
                        leaders TEXT NOT NULL,
                        lead_units TEXT NOT NULL,
                        responsible_units TEXT NOT NULL,
                        cooperating_units TEXT NOT NULL,
                        status TEXT NOT NULL,
                        deadline TEXT,
                        progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
                        updated_at TEXT,
                        version INTEGER NOT NULL,
                        position INTEGER NOT NULL
                    );
                    CREATE TABLE progress_entry (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id TEXT NOT NULL REFERENCES task(id),
                        actor TEXT NOT NULL,
                        at TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        old_status TEXT,
                        new_status TEXT,
                        old_progress INTEGER,
                        new_progress INTEGER,
                        note TEXT
                    );
                    CREATE INDEX progress_entry_task_id ON progress_entry(task_id);
                    CREATE INDEX progress_entry_at ON progress_entry(at);
                    CREATE TABLE setting (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2-report-rounds") { db in
            try db.execute(
                sql: """
                    CREATE TABLE report_round (
                        document TEXT NOT NULL REFERENCES document(code),
                        due TEXT NOT NULL,
                        set_by_user INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (document, due)
                    );
                    """)
        }
        migrator.registerMigration("v3-change-seq") { db in
            try db.execute(sql: ChangeSequenceSchema.sql)
        }
        migrator.registerMigration("v4-round-changes") { db in
            try db.execute(sql: ChangeSequenceSchema.roundTriggers)
        }
        migrator.registerMigration("v5-unit-directory") { db in
            try db.execute(sql: DirectoryTable.schema)
        }
        migrator.registerMigration("v6-instruction-leader") { db in
            try db.execute(sql: "ALTER TABLE progress_entry ADD COLUMN leader TEXT")
        }
        return migrator
    }
}
