import Foundation
import Testing

/// Ids are read whatever their case, as the filter reads them: `show p2-8` is P2-8.
@Suite struct CLITaskIDCaseTests {
    @Test func showAndUpdateTakeAnIdInAnyCase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let shown = try cli.run(["show", "p2-8"] + db)
        #expect(shown.status == 0 && shown.stdout.hasPrefix("P2-8  吴利政办发〔2020〕2号 task 8"))
        let updated = try cli.run(["update", "p2-8", "--progress", "30"] + db)
        #expect(updated.status == 0 && updated.stdout.hasPrefix("P2-8: "), "\(updated.stderr)")
        #expect(try cli.run(["show", "zz-1"] + db).stderr == "duban: no task with id zz-1\n")
    }
}
