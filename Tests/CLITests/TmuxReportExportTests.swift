import Foundation
import Testing

/// `e` and `E` in the real dashboard: the 台账 of the list on screen, whose rows are exactly the
/// list's rows, and the 通报; each says where it wrote, read back by openpyxl and python-docx.
@Suite struct TmuxReportExportTests {
    /// The task ids of the list's rows, top to bottom.
    private func listedIDs(_ screen: [String]) -> [String] {
        let rows = screen.drop { !$0.contains("编号") }.dropFirst().prefix { !$0.hasPrefix("───") }
        return rows.compactMap { row in
            row.split(separator: " ").map(String.init).first { word in
                let parts = word.split(separator: "-")
                return parts.count == 2 && parts[0].first?.isLetter == true && parts[1].allSatisfy(\.isNumber)
            }
        }
    }

    @Test func eWritesExactlyTheListsRowsAndESaysWhere() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: 120, height: 40)
        try session.waitForFrame(total: 352)
        try session.send("5")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("[5全部]") } }
        try session.send("/")
        try session.type("doc:P13")
        try session.send("Enter")
        let filtered = try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("20/352") }
        let listed = listedIDs(filtered)
        #expect(listed.count == 20)

        try session.send("e")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("台账写到：督查台账-2020-07-01.xlsx") }
        try session.send("C-u")
        try session.type("~/view.xlsx")
        try session.send("Enter")
        let file = cli.path("view.xlsx")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("已写入 \(file)（20项任务）") }
        let rows = try ReportReader.rows(try ReportReader.read(file), sheet: "台账")
        #expect(rows.dropFirst().map { $0[1] } == listed, "the file's rows are the list's, in its order")

        try session.send("E")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("通报写到：督查通报-2020-07-01.docx") }
        try session.send("C-u")
        try session.type("~/通报.docx")
        try session.send("Enter")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("已写入 \(cli.path("通报.docx"))（20项任务）") }
        let text = ReportReader.text(try ReportReader.read(cli.path("通报.docx")))
        #expect(text.contains("范围：筛选：doc:P13") && text.contains("纳入督办的任务共20项"))

        try session.send("e", "C-u")
        try session.type("~/nowhere/x.xlsx")
        try session.send("Enter")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("无法写入") }
        #expect(!FileManager.default.fileExists(atPath: cli.path("nowhere")))
    }
}
