import Foundation
import Testing

/// The committed sample-data exports are what importing the bundled gazette produces today.
@Suite struct CLISampleDataTests {
    @Test(arguments: ["json", "csv"])
    func committedExportMatchesAFreshImport(format: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("fresh.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let fresh = try cli.run(["export", "--db", db, "--format", format]).stdoutData
        let committed = FileManager.default.contents(
            atPath: CLIRunner.packageRoot.appendingPathComponent("sample-data/litong-2020-tasks.\(format)").path)
        #expect(committed == fresh, "sample-data/litong-2020-tasks.\(format) is stale: run scripts/regenerate-sample-data")
    }
}
