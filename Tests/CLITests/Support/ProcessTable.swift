import Foundation

/// What /proc says about running processes: which run the duban binary on a given store, and
/// which hold a file open. The truth for "no orphan keeps running" and "the store is closed".
enum ProcessTable {
    private static var pids: [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
    }

    /// The processes running the duban binary with `argument` on their command line.
    static func dubans(with argument: String) -> [Int32] {
        pids.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.first == CLIRunner.binary.path && words.contains(argument)
        }
    }

    /// The processes that have `path` open.
    static func holders(of path: String) -> [Int32] {
        pids.filter { pid in
            let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            return fds.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")) == path }
        }
    }

    /// Waits up to `timeout` seconds for `condition`; returns whether it held.
    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }
}
