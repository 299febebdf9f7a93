import Foundation
import Testing

/// Two Unix users of one group share a store made by `duban init --shared`; a third user,
/// outside the group, can read it but not change it.
@Suite(.serialized, .enabled(if: UnixAccounts.available, UnixAccounts.skipReason))
struct SharedStoreUserTests {
    /// "owner group mode" of a file, e.g. "alice-3f9a dubant-3f9a 664", or nil when it is missing.
    private func attributes(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let mode = String((attributes[.posixPermissions] as? Int ?? 0) & 0o7777, radix: 8)
        return "\(attributes[.ownerAccountName] as? String ?? "?") \(attributes[.groupOwnerAccountName] as? String ?? "?") \(mode)"
    }

    @Test func membersWriteAndSeeEachOtherAndAnOutsiderOnlyReads() throws {
        let shared = try SharedStoreFixture()
        defer { shared.cleanUp() }
        let (alice, bob, carol) = (shared.accounts.name("alice"), shared.accounts.name("bob"), shared.accounts.name("carol"))
        #expect(shared.initOutput.contains("  export DUBAN_DB=\(shared.db)\n"))
        #expect(attributes(shared.directory) == "root \(shared.accounts.group) 2775")

        // With the WAL files gone, a member with umask 022 makes them again, group-writable.
        for suffix in ["-wal", "-shm"] {
            #expect(FileManager.default.fileExists(atPath: shared.db + suffix), "the WAL files outlive the last writer")
            try? FileManager.default.removeItem(atPath: shared.db + suffix)
        }
        let written = try shared.run("alice", ["update", "P2-8", "--status", "in_progress", "--progress", "40", "--note", "三个项目开工"])
        #expect(written.status == 0, "\(written.stderr)")
        for suffix in ["-wal", "-shm"] {
            #expect(attributes(shared.db + suffix) == "\(alice) \(shared.accounts.group) 664", "\(suffix)")
        }
        #expect(try shared.run("bob", ["update", "C8-9", "--status", "behind", "--progress", "10"]).status == 0)
        #expect(try shared.run("bob", ["show", "P2-8"]).stdout.contains("\(alice)  未启动→推进中  0%→40%  “三个项目开工”"))
        #expect(try shared.run("alice", ["show", "C8-9"]).stdout.contains("\(bob)  未启动→滞后  0%→10%"))
        let stale = try shared.run("bob", ["update", "P2-8", "--status", "done", "--if-version", "0"])
        #expect(stale.status == 1)
        #expect(stale.stderr.hasPrefix("duban: task P2-8 was changed meanwhile (version 1, expected 0) by \(alice) at "))

        // Nobody has the store open now: the outsider still reads, through the kept WAL files.
        let before = try shared.cli.run(["export", "--db", shared.db]).stdout
        let listed = try shared.run("carol", ["list", "--document", "P2"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("99/352 项"), "a session with no language set speaks Chinese")
        #expect(try shared.run("carol", ["show", "C8-9"]).stdout.contains("\(bob)  未启动→滞后"))
        let refused = try shared.run("carol", ["update", "P2-8", "--status", "done"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr == "duban: cannot change the store, it is read-only: \(shared.db) is not writable by \(carol) "
                + "(group \(shared.accounts.group), mode 0664)\n")
        #expect(try shared.run("carol", ["simulate", "--duration", "1"]).stderr.contains("read-only"))
        #expect(try shared.cli.run(["export", "--db", shared.db]).stdout == before)

        // Bob's dashboard shows Alice's change as it happens.
        let tmux = try shared.dashboard(as: "bob")
        try tmux.waitFor { $0.joined().contains("督办看板") }
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("未启动 N8-1 ") } }
        #expect(try shared.run("alice", ["update", "N8-1", "--status", "in_progress", "--progress", "20"]).status == 0)
        let live = try tmux.waitFor(timeout: 3) { $0.contains { $0.contains("推进中 N8-1 ") } && $0[0].contains(alice) }
        #expect(live.contains { $0.contains("推进中 N8-1 ") }, "\(live.joined(separator: "\n"))")
        #expect(live[0].contains(alice), "the header names the last change's author")
        try tmux.send("q")
        try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } }
    }

    @Test func initRefusesAStoreItCannotShareAndLeavesItAlone() throws {
        let shared = try SharedStoreFixture()
        defer { shared.cleanUp() }
        let again = try shared.cli.run(["init", "--shared", shared.directory, "--group", shared.accounts.group])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("\(shared.db) is already shared with group \(shared.accounts.group)\n"))
        let other = try shared.cli.run(["init", "--shared", shared.directory, "--group", "root"])
        #expect(other.status == 1)
        #expect(
            other.stderr.hasPrefix(
                "duban: cannot set up a shared store at \(shared.db): a file is already there "
                    + "(group \(shared.accounts.group), mode 0664)"))
        #expect(attributes(shared.directory) == "root \(shared.accounts.group) 2775", "the directory is left as it was")
        // A member may not hand a directory to a group they are not in.
        let own = shared.cli.path("office/alices")
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: false)
        let alice = getpwnam(shared.accounts.name("alice")).pointee
        #expect(chown(own, alice.pw_uid, alice.pw_gid) == 0)
        let notMember = try shared.accounts.run("alice", ["init", "--shared", own, "--group", "root"], in: own)
        #expect(notMember.status == 1)
        #expect(notMember.stderr == "duban: cannot set up a shared store at \(own): cannot give it to group root: Operation not permitted\n")
        #expect(!FileManager.default.fileExists(atPath: own + "/duban.sqlite"))
    }
}
