import ModelCore
import Testing

@testable import ModelImport

/// A ledger's 编号: ids (`P2-8`) give the tasks their ids and their documents their codes; plain
/// numbers number the tasks as a 序号 does; ids that disagree or repeat are refused, naming the cells.
@Suite struct LedgerTaskIDTests {
    @Test func idsFromCodesWithoutADocumentColumn() throws {
        let parsed = try LedgerSheet.read([
            ["编号", "工作任务", "牵头单位"], ["P5-3", "抓好春季造林。", "区财政局"], ["P5-07", "抓好秋季造林。", "区财政局"], ["", "补植补造。", "区财政局"]
        ])
        #expect(parsed.batch.documents.map(\.code) == ["P5"] && parsed.batch.documents.map(\.name) == ["台账"])
        #expect(parsed.batch.tasks.map(\.id) == ["P5-3", "P5-7", "P5-8"], "a row without an id comes after the highest")
    }

    @Test func aPlainNumbered编号NumbersTheTasksAsToday() throws {
        let plain = try LedgerSheet.read([["编号", "工作任务", "牵头单位"], ["3", "抓好春季造林。", "区财政局"], ["5", "抓好秋季造林。", "区财政局"]])
        #expect(plain.batch.tasks.map(\.id) == ["T1-3", "T1-5"])
        let headed = try LedgerSheet.read([
            ["编号", "工作任务", "牵头单位"], ["一", "生态建设", ""], ["1", "抓好春季造林。", "区财政局"], ["二", "城乡建设", ""], ["2", "改造老旧小区。", "区财政局"]
        ])
        #expect(headed.batch.tasks.map(\.chapter) == ["一、生态建设", "二、城乡建设"], "一 in the 编号 column heads a chapter")
        let both = try LedgerSheet.read([["序号", "编号", "工作任务"], ["1", "10", "抓好春季造林。"], ["2", "20", "抓好秋季造林。"]])
        #expect(both.batch.tasks.map(\.id) == ["T1-1", "T1-2"], "with a 序号, a 编号 of numbers is not read")
    }

    @Test func withBoth序号IsTheRunningNumberAnd编号GivesTheIds() throws {
        let parsed = try LedgerSheet.read([
            ["序号", "编号", "文件", "工作任务"], ["1", "P2-5", "甲", "任务一。"], ["2", "P2-6", "甲", "任务二。"], ["3", "C8-1", "乙", "任务三。"]
        ])
        #expect(parsed.batch.tasks.map(\.id) == ["P2-5", "P2-6", "C8-1"])
        #expect(parsed.batch.documents.map(\.code) == ["P2", "C8"])
    }

    @Test func anIdNotOfItsDocumentsCodeIsRefusedNamingBothCells() {
        let rows = [["序号", "编号", "文件", "工作任务"], ["1", "P2-5", "甲", "任务一。"], ["2", "C8-1", "甲", "任务二。"]]
        #expect(throws: LocatedError(file: "台账.xlsx!台账!B3", line: 0, message: "编号 C8-1 has the code C8, but its document “甲” has P2 (B2)")) {
            try LedgerSheet.read(rows)
        }
        let shared = [["序号", "编号", "文件", "工作任务"], ["1", "P2-5", "甲", "任务一。"], ["2", "P2-6", "乙", "任务二。"]]
        #expect(throws: LocatedError(file: "台账.xlsx!台账!B3", line: 0, message: "编号 P2-6 gives “乙” the code P2 of “甲” (B2)")) {
            try LedgerSheet.read(shared)
        }
    }

    @Test func anIdWrittenTwiceIsRefusedNamingBothCells() {
        let rows = [["序号", "编号", "工作任务"], ["1", "P2-5", "任务一。"], ["2", "P2-6", "任务二。"], ["3", "P2-05", "任务三。"]]
        #expect(throws: LocatedError(file: "台账.xlsx!台账!B4", line: 0, message: "task P2-5 is in two rows (B2 and B4)")) {
            try LedgerSheet.read(rows)
        }
        #expect(throws: LocatedError(file: "台账.csv", line: 4, message: "task P2-5 is in two rows (line 2 and line 4)")) {
            try LedgerSheet.read(rows, byLine: true)
        }
    }

    @Test func whatCountsAsAnId() {
        #expect(TaskCode("P2-8") == TaskCode("P2-08") && TaskCode("P2-8")?.id == "P2-8")
        #expect(TaskCode("P2b-3")?.document == "P2b" && TaskCode("T24-1")?.number == 1)
        for text in ["12", "一", "2021-3", "P2-0", "P2-", "-8", "P2-8-1", "甲2-8", "P2—8"] {
            #expect(TaskCode(text) == nil, "\(text)")
        }
    }
}
