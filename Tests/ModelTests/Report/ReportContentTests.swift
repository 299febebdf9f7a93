import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead
@testable import ModelReport

/// The report and its 通报 as blocks, Markdown and plain text, over the sample with a few statuses.
@Suite struct ReportContentTests {
    static let snapshot = FiguresTests.snapshot
    static let today = FiguresTests.today

    private func report(_ tasks: [Int]? = nil, description: String = "") -> Report {
        let scope = ReportScope(tasks: tasks ?? Array(Self.snapshot.tasks.indices), description: description)
        return Report(snapshot: Self.snapshot, reporting: Reporting(snapshot: Self.snapshot, today: Self.today), scope: scope, today: Self.today)
    }

    @Test func theRowsCarryTheirStandingMarksAndLatestNote() throws {
        let report = report()
        #expect(report.rows.count == Self.snapshot.tasks.count)
        let late = try #require(report.rows.first { $0.task.id == "P2-2" })
        #expect(late.standing == .overdue)
        #expect(report.rows.first { $0.task.id == "P2-5" }?.latestNote?.note == "已开工")
        #expect(report.overdueUnits.flatMap(\.tasks).contains("P2-2"))
        let overdueRows = report.rows.filter { $0.standing == .overdue }
        let named = Set(overdueRows.flatMap { $0.task.leadUnits + $0.task.responsibleUnits })
        #expect(Set(report.overdueUnits.map(\.unit)).isSubset(of: named.union([Report.noUnit])))
        #expect(Set(late.task.leadUnits).isSubset(of: report.overdueUnits.map(\.unit)))
        let unreported = Set(report.rows.filter(\.isUnreported).flatMap { $0.task.leadUnits.isEmpty ? [Report.noLeadUnit] : $0.task.leadUnits })
        #expect(Set(report.unreportedUnits.map(\.unit)) == unreported)
        #expect(report.unreportedUnits.map(\.tasks.count) == report.unreportedUnits.map(\.tasks.count).sorted(by: >))
    }

    @Test func theBulletinHasItsPartsInOrder() {
        let blocks = Bulletin.blocks(report())
        let headings = blocks.compactMap { block -> String? in if case .heading(let text, 1) = block { text } else { nil } }
        #expect(headings == ["一、总体情况", "二、牵头单位落实情况", "三、责任领导分管任务情况", "四、通报的单位", "五、领导批示"])
        #expect(blocks.first == .title("关于重点工作任务落实督查情况的通报"))
        #expect(blocks.contains(.paragraph("本期无领导批示。")))
        guard case .table(let header, let rows, _) = blocks.first(where: { if case .table = $0 { true } else { false } })! else { return }
        #expect(header == ["牵头单位", "项数", "已完成", "按序时推进", "滞后", "逾期", "未报送", "完成率"])
        #expect(rows.allSatisfy { $0.count == header.count })
    }

    @Test func aBulletinOfOneDocumentIsNamedByWhatItsTitleSetsOut() {
        func subject(_ title: String) -> String {
            Bulletin.subject(of: Document(code: "P2", name: "吴利政办发〔2020〕2号", title: title, defaultDeadline: nil))
        }
        #expect(subject("关于印发2020 年利通区经济社会发展主要目标任务责任分解落实分工方案的通知") == "《2020年利通区经济社会发展主要目标任务责任分解落实分工方案》")
        #expect(subject("关于印发《整改方案》的通知") == "《整改方案》")
        #expect(subject("代表议案建议办理责任分工") == "《代表议案建议办理责任分工》")
        #expect(subject("") == "吴利政办发〔2020〕2号文件")
        let one = report(Self.snapshot.tasks.indices.filter { Self.snapshot.tasks[$0].id.hasPrefix("P2-") })
        #expect(Bulletin.title(one).hasPrefix("关于") && Bulletin.title(one).hasSuffix("落实督查情况的通报"))
    }

    @Test func anEmptyScopeSaysSo() {
        let blocks = Bulletin.blocks(report([], description: "责任领导：无此人"))
        #expect(blocks.contains(.subtitle("范围：责任领导：无此人")))
        #expect(blocks.last == .paragraph("截至2020年7月1日，范围内没有任务，本期无可通报的事项。"))
        #expect(BulletinMarkdown.text(blocks).contains("范围内没有任务"))
    }

    @Test func markdownEscapesMarkupAndPlainTextAlignsByDisplayWidth() {
        let blocks: [BulletinBlock] = [
            .title("关于*测试*的通报"), .table(header: ["单位", "项数"], rows: [["区教育局", "4"], ["a|b", "12"]], numeric: [1]),
            .items(["第一\n第二"])
        ]
        let markdown = BulletinMarkdown.text(blocks)
        #expect(markdown.hasPrefix("# 关于\\*测试\\*的通报\n"))
        #expect(markdown.contains("| a\\|b | 12 |") && markdown.contains("| --- | ---: |") && markdown.contains("- 第一 第二"))
        let plain = BulletinPlainText.text(blocks).components(separatedBy: "\n")
        #expect(plain.contains("单位      项数") && plain.contains("区教育局     4") && plain.contains("a|b         12"))
    }

    @Test func aTasksExcerptIsItsFirstClauseAtMostThirtyCharacters() {
        #expect(Bulletin.excerpt("加快推进项目建设。确保年底完工") == "加快推进项目建设")
        #expect(Bulletin.excerpt(String(repeating: "字", count: 40)) == String(repeating: "字", count: 29) + "…")
        #expect(Bulletin.excerpt("第一行\n第二行；其余") == "第一行第二行")
    }

    @Test func aFileIsWrittenWholeOrNotAtAll() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("通报.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        struct Interrupted: Error {}
        #expect(throws: ReportError.self) {
            try AtomicOutput.write(to: path) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old", "the old file stays")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["通报.md"], "no temporary file is left")
        try ReportFormat.md.write(report(), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# 关于重点工作任务落实督查情况的通报"))
        #expect(throws: ReportError.noDirectory(path: directory.path + "/no/a.md", directory: directory.path + "/no")) {
            try ReportFormat.md.write(report(), to: directory.path + "/no/a.md")
        }
    }
}
