import Foundation
import Testing

/// Export → import into an empty store → export gives the same bytes, in JSON and CSV.
@Suite struct CLIExchangeTests {
    @Test(arguments: ["json", "csv"])
    func roundTripIsExact(format: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = try cli.updatedStore()
        let file = cli.path("export.\(format)")
        #expect(try cli.run(["export", "--db", source, "--format", format, "--output", file]).status == 0)
        let copy = cli.path("copy.sqlite")
        let imported = try cli.run(["import", file, "--db", copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("tasks      352 (new 352"))
        let again = try cli.run(["export", "--db", copy, "--format", format])
        #expect(again.stdoutData == FileManager.default.contents(atPath: file))
    }

    @Test func csvStartsWithABOMForExcel() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let csv = try cli.run(["export", "--db", try cli.updatedStore(), "--format", "csv"]).stdoutData
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("id,document,number,"))
    }

    @Test func csvSavedAsGB18030ImportsTheSame() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = try cli.updatedStore()
        let utf8 = try cli.run(["export", "--db", source, "--format", "csv"]).stdoutData
        let gb = cli.path("gb18030.csv")
        let converter = Process()
        converter.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        converter.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        converter.standardInput = input
        converter.standardOutput = output
        try converter.run()
        input.fileHandleForWriting.write(utf8.dropFirst(3))
        input.fileHandleForWriting.closeFile()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        converter.waitUntilExit()
        #expect(String(data: converted, encoding: .utf8) == nil, "the converted file must not be valid UTF-8")
        #expect(FileManager.default.createFile(atPath: gb, contents: converted))

        let copy = cli.path("copy.sqlite")
        let imported = try cli.run(["import", gb, "--db", copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.run(["export", "--db", copy, "--format", "csv"]).stdoutData == utf8)
    }

    @Test func aBadCSVRowNamesItsLineAndChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = try cli.updatedStore()
        let before = try cli.run(["export", "--db", source, "--format", "csv"]).stdout
        var lines = before.components(separatedBy: "\r\n")
        lines[3] = lines[3].replacingOccurrences(of: ",not_started,", with: ",finished,")
        let bad = cli.path("bad.csv")
        try lines.joined(separator: "\r\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try cli.run(["import", bad, "--db", source])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("duban: \(bad):4: "))
        #expect(failed.stderr.contains("finished"))
        #expect(try cli.run(["export", "--db", source, "--format", "csv"]).stdout == before)
    }
}
