import Foundation
import Testing

/// A store made by `duban init --shared` for a fresh group: members alice and bob, outsider
/// carol, filled with the bundled gazette by root, in a directory under /tmp every user can reach.
struct SharedStoreFixture {
    let cli: CLIRunner
    let accounts: UnixAccounts
    /// The shared directory and the store in it.
    let directory: String
    let db: String
    let initOutput: String

    init() throws {
        cli = try CLIRunner()
        accounts = try UnixAccounts(members: ["alice", "bob"], outsiders: ["carol"])
        #expect(chmod(cli.directory.path, 0o755) == 0)
        directory = cli.path("office/duban")
        db = directory + "/duban.sqlite"
        let made = try cli.run(["init", "--shared", directory, "--group", accounts.group])
        #expect(made.status == 0, "\(made.stderr)")
        initOutput = made.stdout
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        #expect(chmod(cli.path("office"), 0o755) == 0)
    }

    func cleanUp() {
        accounts.remove()
        cli.cleanUp()
    }

    /// Runs duban as `user` on the shared store.
    func run(_ user: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try accounts.run(user, arguments + ["--db", db], in: cli.directory.path)
    }

    /// A dashboard run by `user` on the shared store, in tmux.
    func dashboard(as user: String) throws -> TmuxSession {
        try TmuxSession(
            width: 120, height: 40, command: accounts.dashboardCommand(user, arguments: "--db \(db) --today 2020-07-01"),
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }
}
