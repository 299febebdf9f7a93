import Foundation
import Testing

/// `duban init --shared` as the caller's own group: modes whatever the umask, and its refusals.
@Suite struct CLIInitTests {
    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0) & 0o7777
    }

    @Test func createsTheDirectoryAndFileGroupWritableWhateverTheUmask() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let directory = cli.path("shared store")
        let made = try CLIRunner.execute(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "umask 077; exec \"$0\" \"$@\"", CLIRunner.binary.path, "init", "--shared", directory],
            environment: ["HOME": cli.directory.path, "DUBAN_LANG": "en"], directory: cli.directory.path)
        #expect(made.status == 0, "\(made.stderr)")
        let group = String(cString: getgrgid(getgid()).pointee.gr_name)
        let db = directory + "/duban.sqlite"
        #expect(
            made.stdout == """
                created the shared store \(db) (group \(group), mode 0664; directory mode 2775)
                each member of group \(group) adds this line to their shell profile (~/.profile):
                  export DUBAN_DB='\(db)'
                next: duban import FILE   (a gazette's text, CSV or JSON)

                """)
        #expect(try mode(directory) == 0o2775)
        for file in [db, db + "-wal", db + "-shm"] { #expect(try mode(file) == 0o664, "\(file)") }
        #expect(try cli.run(["import", CLIRunner.gazette], environment: ["DUBAN_DB": db]).status == 0)
        #expect(try cli.run(["list"], environment: ["DUBAN_DB": db]).stdout.contains("352/352 tasks"))
    }

    @Test func refusesWhatItCannotUse() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let file = cli.path("plain")
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(try cli.run(["init", "--shared", file]).stderr == "duban: cannot set up a shared store at \(file): it is not a directory\n")
        let noGroup = try cli.run(["init", "--shared", cli.path("s"), "--group", "no-such-group-duban"])
        #expect(noGroup.stderr == "duban: there is no group “no-such-group-duban” (see /etc/group)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.path("s")))
        // A personal store (mode 0644 under umask 022) is not turned into a shared one.
        let personal = cli.path("mine")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", personal + "/duban.sqlite"]).status == 0)
        #expect(chmod(personal + "/duban.sqlite", 0o644) == 0)
        let refused = try cli.run(["init", "--shared", personal])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("a file is already there"))
        #expect(try mode(personal) & 0o2000 == 0, "the directory is left as it was")
        #expect(try cli.run(["init"]).stderr.contains("Missing expected argument '--shared <dir>'"))
    }
}
