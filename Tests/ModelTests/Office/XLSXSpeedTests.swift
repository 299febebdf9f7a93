import Foundation
import TestSupport
import Testing

@testable import ModelCore
@testable import ModelImport

/// A sheet of 100,000 rows streams through the reader in seconds and in memory proportional to
/// its cells, not to its XML.
@Suite struct XLSXSpeedTests {
    static let rowCount = 100_000

    /// A ledger sheet as Excel writes one: a header, then rows of eight cells (a number, a task's
    /// own text and its progress as shared strings, leaders and units from a few, a styled date,
    /// a status), a chapter merged across every 50 rows and each leader merged down over two.
    static func bigLedger() throws -> Data {
        let header = ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限", "进展情况", "状态"]
        var strings = header + ["张军", "李明", "区发改局", "区财政局", "各乡镇", "推进中", "已完成"]
        var rows =
            "<row r=\"1\" spans=\"1:8\">"
            + header.indices.map { "<c r=\"\(CellRow.columnName($0))1\" s=\"1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
        var merges: [String] = []
        rows.reserveCapacity(rowCount * 330)
        for number in 2...(rowCount + 1) {
            if number % 50 == 0 {
                strings.append("第\(number / 50)章")
                rows += "<row r=\"\(number)\" spans=\"1:8\"><c r=\"A\(number)\" s=\"1\" t=\"s\"><v>\(strings.count - 1)</v></c></row>"
                merges.append("A\(number):H\(number)")
                continue
            }
            strings.append("推进第\(number)项重点工作，确保按期完成")
            let task = strings.count - 1
            strings.append("已完成第\(number)项工作的\(number % 7 + 1)成")
            let leader = number % 2 == 0 ? "<c r=\"C\(number)\" s=\"1\" t=\"s\"><v>\(8 + number % 4 / 2)</v></c>" : "<c r=\"C\(number)\" s=\"1\"/>"
            if number % 2 == 0, (number + 1) % 50 != 0 { merges.append("C\(number):C\(number + 1)") }
            rows +=
                "<row r=\"\(number)\" spans=\"1:8\"><c r=\"A\(number)\" s=\"1\"><v>\(number - 1)</v></c>"
                + "<c r=\"B\(number)\" s=\"1\" t=\"s\"><v>\(task)</v></c>\(leader)"
                + "<c r=\"D\(number)\" s=\"1\" t=\"s\"><v>\(10 + number % 2)</v></c><c r=\"E\(number)\" s=\"1\" t=\"s\"><v>12</v></c>"
                + "<c r=\"F\(number)\" s=\"2\"><v>\(45000 + number % 700)</v></c><c r=\"G\(number)\" s=\"1\" t=\"s\"><v>\(task + 1)</v></c>"
                + "<c r=\"H\(number)\" s=\"1\" t=\"s\"><v>\(13 + number % 2)</v></c></row>"
        }
        let styles =
            "<numFmts><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/></cellXfs>"
        let items = strings.map { "<si><t>\($0)</t></si>" }
        return try XLSXPackageBuilder.workbook(
            sheets: [(name: "任务清单", xml: XLSXPackageBuilder.sheet(rows, merges: merges))], sharedStrings: items, styles: styles)
    }

    @Test func aHundredThousandRowSheetReadsInSecondsAndBoundedMemory() throws {
        let data = try Self.bigLedger()
        let memory = PeakMemory.start()
        let wall = ContinuousClock.now
        let cpu = ThreadCPUClock.now()
        let sheets = try XLSXReader.sheets(of: data, file: "大台账.xlsx")
        let cpuElapsed = ThreadCPUClock.now() - cpu
        let wallElapsed = ContinuousClock.now - wall
        let peak = memory.growthMegabytes()
        print(
            "XLSXSpeedTests: \(Self.rowCount) rows (\(data.count / 1024) KB zipped) read in \(wallElapsed) wall, \(cpuElapsed) CPU; "
                + "peak RSS \(peak.peak) MB, \(peak.growth) MB above the \(peak.before) MB before reading")
        let rows = try #require(sheets.first?.rows)
        #expect(rows.count == Self.rowCount + 1)
        #expect(rows[1].cells == ["1", "推进第2项重点工作，确保按期完成", "李明", "区发改局", "各乡镇", "2023-03-17", "已完成第2项工作的3成", "推进中"])
        #expect(rows[2].cells[2] == "李明", "merged down from the row above")
        #expect(rows[49].number == 50 && rows[49].isMergedAcross && rows[49].cells == ["第1章"])
        // Measured on this 2-core machine: 7.4 s of CPU and 95 MB above the start in a debug build, 2.4 s and 68 MB in a
        // release one (of which 1.2 s is XMLParser itself); the bounds leave room for a busy CI and for tests running alongside.
        #expect(cpuElapsed < .seconds(40))
        #expect(peak.growth < 1000)
    }
}

/// The process's peak resident memory from now on: Linux's VmHWM, reset through `clear_refs`
/// where the kernel allows it (other tests running meanwhile count too).
struct PeakMemory {
    let before: Int

    static func start() -> PeakMemory {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        return PeakMemory(before: field("VmRSS"))
    }

    /// Megabytes: the peak, and how far it rose above the resident size at the start.
    func growthMegabytes() -> (peak: Int, growth: Int, before: Int) {
        let peak = Self.field("VmHWM")
        return (peak / 1024, (peak - before) / 1024, before / 1024)
    }

    /// A `/proc/self/status` field in kB; 0 where there is none.
    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
