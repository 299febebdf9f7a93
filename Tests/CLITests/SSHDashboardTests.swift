import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 6, part 4, over a real SSH session to 127.0.0.1: the dashboard runs remotely in a pane,
/// takes keys and quits with the local terminal restored; when the link drops (the ssh client is
/// killed) the remote dashboard ends, closes the store and leaves no process behind.
@Suite(.serialized, .enabled(if: SSHServer.available, SSHServer.skipReason))
struct SSHDashboardTests {
    private func remoteDashboard(_ server: SSHServer, cli: CLIRunner, db: String) throws -> TmuxSession {
        // LANG is not forwarded, as is common over SSH: the dashboard must fall back to C.UTF-8.
        let remote = "env -u LANG HOME=\(cli.directory.path) TERM=xterm-256color \(CLIRunner.binary.path) --db \(db) --today 2020-07-01"
        return try TmuxSession(
            width: 120, height: 40, command: "\(server.client(tty: true)) '\(remote)'",
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }

    @Test func theDashboardWorksOverSSHAndEndsWhenTheLinkDrops() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let server = try SSHServer(directory: cli.path("ssh"))
        defer { server.stop() }

        let session = try remoteDashboard(server, cli: cli, db: db)
        let first = try session.waitFor(timeout: 15) { $0.joined().contains("督办看板") }
        #expect(first.joined().contains("督办看板"), "the dashboard over ssh\n\(first.joined(separator: "\n"))")
        try session.send("5")
        let table = try session.waitFor { $0.contains { $0.contains("N8-1 ") } }
        #expect(table.joined().contains("关于继续加大老旧小区改造力度的议案"), "Chinese is drawn without LANG")
        try session.send("j")
        try session.send("q")
        let after = try session.waitFor { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
        let shell = after.joined(separator: " ")
        #expect(after.contains("EXITED 0"), "\(after.joined(separator: "\n"))")
        #expect(shell.contains(" icanon ") && shell.contains(" echo ") && !session.alternateScreenOn, "the local terminal is restored")
        #expect(ProcessTable.waitUntil(timeout: 2) { ProcessTable.dubans(with: db).isEmpty })
        print("ssh: dashboard drawn, keys taken, q → EXITED 0, terminal restored")

        let dropped = try remoteDashboard(server, cli: cli, db: db)
        try dropped.waitFor(timeout: 15) { $0.joined().contains("督办看板") }
        let remote = ProcessTable.dubans(with: db)
        try #require(remote.count == 1, "one remote dashboard: \(remote)")
        let client = try #require(ProcessTable.sshClients(port: server.port).first, "the ssh client")
        let dropAt = Date()
        kill(client, SIGKILL)
        let ended = ProcessTable.waitUntil(timeout: 3) { ProcessTable.dubans(with: db).isEmpty }
        let elapsed = Int(Date().timeIntervalSince(dropAt) * 1000)
        print("ssh: link dropped (ssh client killed) → remote dashboard gone after \(elapsed) ms")
        #expect(ended, "the remote dashboard ends when the link drops")
        #expect(ProcessTable.holders(of: db).isEmpty, "no process keeps the store open")
        #expect(try StoreProbe.integrity(db) == "ok")
    }
}

extension ProcessTable {
    /// The ssh clients connecting to `port`.
    static func sshClients(port: Int) -> [Int32] {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
        return all.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.first == "ssh" && words.contains("\(port)")
        }
    }
}
