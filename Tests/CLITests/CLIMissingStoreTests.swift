import Foundation
import Testing

/// A command that only reads, or changes what is there, refuses a store that does not exist and
/// makes nothing; a database URL is never taken for a file's path.
@Suite struct CLIMissingStoreTests {
    static let readers: [[String]] = [
        ["list"], ["show", "P2-8"], ["history"], ["export", "--format", "json"], ["rounds"], ["units"], ["snapshot"],
        ["update", "P2-8", "--note", "x"], ["units", "alias", "住建局", "区住房城乡建设和交通局"], []
    ]

    @Test(arguments: readers)
    func aMistypedPathIsRefusedInOneLineAndMakesNothing(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = cli.path("srv/dubna/duban.sqlite")
        for (arguments, environment, source) in [(["--db", missing], [:], "--db"), ([], ["DUBAN_DB": missing], "DUBAN_DB")] {
            let result = try cli.run(command + arguments, environment: environment.merging(["TERM": "xterm-256color"]) { $1 })
            #expect(result.status == 1, "\(command) \(source)")
            #expect(
                result.stderr == "duban: no store at \(missing) (from \(source)); nothing was created "
                    + "(duban import FILE makes one; duban init --shared DIR a shared one)\n", "\(command)")
            #expect(!FileManager.default.fileExists(atPath: cli.path("srv")), "no directory, no file: \(command)")
        }
    }

    @Test func aDatabaseURLIsNeverAFilePath() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for command in [["list"], ["import", CLIRunner.gazette]] {
            let result = try cli.run(command + ["--db", "postgresql://office.example/duban"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("--db postgresql://office.example/duban: a database URL; this build keeps its store in an SQLite file"))
        }
        let contents = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        #expect(!contents.contains { $0.hasPrefix("postgresql") }, "no file named postgresql:")
    }

    @Test func importAndTheDefaultStoreStillMakeOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.path("new/duban.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", path]).status == 0)
        #expect(try cli.run(["list", "--db", path]).status == 0)
        #expect(try cli.run(["list"]).stdout.contains("352 tasks"), "the default store is made and seeded on first use")
    }
}
