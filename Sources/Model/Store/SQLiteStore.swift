import Foundation
import GRDB

/// A `TaskStore` in one SQLite file, in WAL mode, shared safely by several processes.
///
/// Writes wait up to 5 seconds for another process's write to finish. Call `close()` before
/// the process exits so that SQLite removes the `-wal` and `-shm` files.
public final class SQLiteStore: TaskStore {
    /// The database file.
    public let path: String
    private let pool: DatabasePool
    /// How long a write waits for another connection's write to finish.
    private static let busyTimeout: TimeInterval = 5

    /// Opens the store at `path`, creating the file and its parent directories when missing,
    /// and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a directory")
        }
        do {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            pool = try Self.openMigrated(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Opens the pool and brings the schema up to date. Processes that open a new file at the
    /// same moment race to switch it to WAL and to migrate it; the loser retries for up to 5 s.
    private static func openMigrated(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        let deadline = Date().addingTimeInterval(busyTimeout)
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
            // GRDB closes the writer before the read-only readers, and a read-only connection
            // cannot remove the WAL. Closing the idle readers first leaves the writer last.
            pool.releaseMemory()
            try pool.close()
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in a read transaction that sees the last commit of any process.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one immediate write transaction: everything it writes is committed, or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let error as DatabaseError: error.message ?? error.description
        case let error as UnreadableValue: error.description
        default: error.localizedDescription
        }
    }
}
