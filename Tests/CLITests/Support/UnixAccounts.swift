import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A Unix group with member users and outsider users, created for one test with groupadd and
/// useradd and removed by `remove()`. Names carry a random suffix (`alice-3f9a`), so runs never
/// meet each other's accounts. Needs root.
struct UnixAccounts {
    /// Whether this process can create users and run commands as them.
    static var available: Bool {
        getuid() == 0
            && ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/runuser"]
                .allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let skipReason: Comment = "needs root, useradd and runuser: the test creates Unix users and a group"

    let group: String
    private let suffix: String
    private var users: [String] = []

    init(members: [String], outsiders: [String]) throws {
        suffix = String(UUID().uuidString.lowercased().prefix(4))
        group = "dubant-\(suffix)"
        try Self.system("/usr/sbin/groupadd", [group])
        for base in members + outsiders {
            let name = "\(base)-\(suffix)"
            let groups = members.contains(base) ? ["-G", group] : []
            try Self.system("/usr/sbin/useradd", ["-M", "-N", "-s", "/usr/sbin/nologin"] + groups + [name])
            users.append(name)
        }
    }

    /// The login name of the user created as `base` ("alice" → "alice-3f9a").
    func name(_ base: String) -> String {
        "\(base)-\(suffix)"
    }

    func remove() {
        for user in users { try? Self.system("/usr/sbin/userdel", [user]) }
        try? Self.system("/usr/sbin/groupdel", [group])
    }

    /// Runs duban as the user created as `base`, with umask 022 as a login shell would set it,
    /// in `directory`, with HOME there and the store named by `--db` only.
    func run(_ base: String, _ arguments: [String], in directory: String) throws -> CLIRunner.Result {
        let shell = ["/bin/sh", "-c", "umask 022; exec \"$0\" \"$@\"", CLIRunner.binary.path]
        return try CLIRunner.execute(
            URL(fileURLWithPath: "/usr/sbin/runuser"), ["-u", name(base), "--"] + shell + arguments,
            environment: [
                "HOME": directory, "XDG_DATA_HOME": directory, "LANG": "C.UTF-8",
                "PATH": "/usr/bin:/bin"
            ],
            directory: directory)
    }

    /// The command line that runs duban as `base` inside a tmux pane.
    func dashboardCommand(_ base: String, arguments: String) -> String {
        "/usr/sbin/runuser -u \(name(base)) -- \(CLIRunner.binary.path) \(arguments)"
    }

    private static func system(_ tool: String, _ arguments: [String]) throws {
        let result = try CLIRunner.execute(URL(fileURLWithPath: tool), arguments, environment: [:], directory: "/")
        guard result.status == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments): \(result.stderr)"])
        }
    }
}
