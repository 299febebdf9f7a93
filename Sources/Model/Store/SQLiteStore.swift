import Foundation
import GRDB
import ModelCore
import Synchronization

/// A `TaskStore` in one SQLite file, in WAL mode, shared safely by several processes.
///
/// Writes wait up to 5 seconds for another process's write to finish. A process that cannot
/// write the file or its directory opens it read-only (`access`), and every write then throws
/// `StoreError.readOnly`. The `-wal` and `-shm` files are kept when the store closes, so that
/// such readers can open it while no writer has it open (see `StoreConfiguration`). Call
/// `close()` before the process exits so that the WAL is checkpointed into the database file.
public final class SQLiteStore: TaskStore {
    /// The database file.
    public let path: String
    /// Whether this process may change the store, decided when it was opened.
    public let access: StoreAccess
    private let pool: DatabasePool
    /// Whether the file was found sound, checked before this process's first write.
    private let foundSound = Mutex(false)

    /// Opens the store at `path`, creating the file and its parent directories when missing,
    /// and brings its schema up to date; or opens it read-only, without migrating, when the file
    /// exists but this process cannot write it or its directory.
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a directory")
        }
        if let reason = FilePermission.unreadableReason(path: path) {
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        if let reason = FilePermission.readOnlyReason(path: path) {
            access = .readOnly(reason: reason)
            pool = try Self.openReadOnly(path: path)
            return
        }
        access = .readWrite
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(
                path: path, reason: "cannot create its directory \(parent.path) (\(FilePermission.blockingPath(parent.path)))")
        }
        do {
            pool = try Self.openMigrated(path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Opens the pool and brings the schema up to date. Processes that open a new file at the
    /// same moment race to switch it to WAL and to migrate it; the loser retries for up to 5 s.
    private static func openMigrated(path: String) throws -> DatabasePool {
        let configuration = StoreConfiguration.make(readonly: false)
        let deadline = Date().addingTimeInterval(StoreConfiguration.busyTimeout)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Schema.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where isOpeningRace(error) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// Opens the pool read-only; the schema must already be this version's.
    private static func openReadOnly(path: String) throws -> DatabasePool {
        let pool: DatabasePool
        let current: Bool
        do {
            pool = try DatabasePool(path: path, configuration: StoreConfiguration.make(readonly: true))
            current = try pool.read { try Schema.migrator.hasCompletedMigrations($0) }
        } catch {
            let missing = ["-wal", "-shm"].filter { !FileManager.default.fileExists(atPath: path + $0) }
            guard !missing.isEmpty else { throw StoreError.cannotOpen(path: path, reason: Self.reason(error)) }
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let (files, them) = missing.count == 1 ? ("file is", "it") : ("files are", "them")
            throw StoreError.cannotOpen(
                path: path,
                reason: """
                    its \(missing.joined(separator: " and ")) \(files) missing and \(Actor.current()) cannot create \(them) in \
                    \(directory) (\(FilePermission.ownership(directory))); they come back when a member of that group opens the store
                    """)
        }
        guard current else {
            throw StoreError.cannotOpen(path: path, reason: "it needs an upgrade that only a user who can write it can make")
        }
        return pool
    }

    /// A lock held by another connection while it sets up the file, or a table or column it created first.
    private static func isOpeningRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: true
        case .SQLITE_ERROR:
            error.message.map { $0.hasSuffix("already exists") || $0.hasPrefix("duplicate column name") } == true
        default: false
        }
    }

    public func close() throws {
        do {
            // Closing the idle readers first leaves the writer last, and the last connection to
            // close checkpoints the WAL into the database file.
            pool.releaseMemory()
            try pool.close()
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in a read transaction that sees the last commit of any process.
    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one immediate write transaction: everything it writes is committed, or nothing.
    package func write<T>(_ body: (Database) throws -> T) throws -> T {
        if case let .readOnly(reason) = access { throw StoreError.readOnly(path: path, reason: reason) }
        do {
            try foundSound.withLock { sound in
                if !sound { try Self.checkSound(pool, path: path) }
                sound = true
            }
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch  where SQLiteFailure.isBusy(error) {
            throw StoreError.busy(path: path)
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let error as DatabaseError: SQLiteFailure.reason(error)
        case let error as UnreadableValue: error.description
        default: error.localizedDescription
        }
    }
}
