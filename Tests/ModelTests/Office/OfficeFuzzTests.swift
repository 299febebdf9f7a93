import Foundation
import TestSupport
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport

/// The Word and Excel readers under seeded mutations, as `ImporterFuzzTests` does for text: 1,000
/// cases each by default, `DUBAN_FUZZ_CASES=100000 swift test --filter OfficeFuzzTests` for the
/// long run.
///
/// A case is a file in a line-per-element sketch (`WordSketch`, `ExcelSketch`): a ledger of one to
/// thirty sample tasks, or for Word a stretch of the gazette as paragraphs, some numbered. The
/// mutator damages the sketch, which is then written as Office XML, so that most cases are
/// well-formed XML whose tables, merges, numbering, cell types and text are hostile; one case in
/// four also gets a raw XML fragment put anywhere, and one in twenty a damaged ZIP. Every case imports or is
/// refused with a message naming the file (and its part), within the CPU limit; some go through a
/// real store.
@Suite(.serialized) struct OfficeFuzzTests {
    private static let settings = RunSettings(prefix: "DUBAN_FUZZ_CASES", defaultCount: 1_000)
    private static let tasks = ImporterFuzzTests.tasks
    private static let gazetteLines = GazetteFixture.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    static let sketchTokens = [
        "R ", "P ", "N 0 ", "N 1 ", "N 8 ", "|", "||", "{6}", "{99999}", "{0}", "{v}", "{r}", "序号", "工作任务", "责任领导",
        "牵头单位", "责任单位", "完成时限", "进展情况", "状态", "一、", "（一）", "2020年9月底", "9月15日前", "已完成", "持续推进",
        "\n", "&", "<", "]]>", "区住建局", "各乡镇"
    ]
    static let rawXML = [
        "</w:p>", "<w:p>", "</w:tc>", "<w:tr>", "</w:tbl>", "<w:tbl>", "&bogus;", "&#0;", "<!DOCTYPE x>", "<![CDATA[x]]>",
        "<w:numPr><w:numId w:val=\"7\"/></w:numPr>", "<w:gridSpan w:val=\"x\"/>", "<w:vMerge/>", "<w:br/>", "\u{0}"
    ]

    static let sheetTokens = [
        "|", "||", "{s}", "{n}", "{d}", "{b}", "{e}", "@1 ", "@1048576 ", "@0 ", "M A1:F1", "M C4:C9", "M A1:XFD1048576", "M B2",
        "M Z9:A1", "{n}1e308", "{n}-0", "{d}60", "{d}2958466", "{d}-1", "{n}NaN", "序号", "工作任务", "牵头单位", "完成时限",
        "进展情况", "状态", "一、", "（一）", "2020年9月底", "已完成", "\n", "&", "<", "区住建局"
    ]
    static let rawSheetXML = [
        "</row>", "<row>", "<c>", "</c>", "<c r=\"A1\" t=\"s\"><v>999</v></c>", "<c r=\"ZZZZ1\"/>", "<v>", "</sheetData>",
        "&bogus;", "&#0;", "<!DOCTYPE x>", "<mergeCell ref=\"A1:A1048576\"/>", "\u{0}"
    ]

    /// A ledger of sample tasks as an Excel sketch: a title merged across, the header, a chapter
    /// merged across, numbers and dates as Excel types them, a leader merged down now and then.
    static func sheetSeed(_ random: inout SplitMix64) -> [UInt8] {
        let start = Int.random(in: 0..<tasks.count, using: &random)
        let slice = tasks[start..<min(tasks.count, start + Int.random(in: 1...30, using: &random))]
        var lines = ["{s}利通区2020年重点工作任务台账", "M A1:H1", "序号|工作任务|责任领导|牵头单位|责任单位|完成时限|进展情况|状态", "{s}\(slice.first!.chapter)", "M A3:H3"]
        for (offset, task) in slice.enumerated() {
            let deadline = task.deadline.map { day in Bool.random(using: &random) ? "{d}\(serial(day))" : "\(day.year)年\(day.month)月底" }
            let units = [task.leaders, task.leadUnits, task.responsibleUnits].map { "{s}" + $0.joined(separator: "、") }
            let row = ["{n}\(task.number)", "{s}\(task.text)"] + units + [deadline ?? "持续推进", "已开工", task.status.label]
            lines.append(row.joined(separator: "|"))
            if offset > 0, Int.random(in: 0..<8, using: &random) == 0 { lines.append("M C\(offset + 3):C\(offset + 4)") }
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// Excel's serial of a day in the 1900 system: days since 1899-12-30 (past 1900-02-28).
    static func serial(_ day: Day) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        return Int(date.timeIntervalSince(epoch) / 86_400)
    }

    static func seed(_ random: inout SplitMix64) -> [UInt8] {
        var lines: [String]
        if Bool.random(using: &random) {
            let start = Int.random(in: 0..<tasks.count, using: &random)
            let slice = tasks[start..<min(tasks.count, start + Int.random(in: 1...30, using: &random))]
            lines = ["P 利通区2020年重点工作任务台账", "R 序号|工作任务|责任领导|牵头单位|责任单位|完成时限", "R {6}\(slice.first!.chapter)"]
            for task in slice {
                let units = [task.leaders, task.leadUnits, task.responsibleUnits].map { $0.joined(separator: "、") }
                lines.append("R " + (["\(task.number)", task.text] + units + [task.deadline?.description ?? "持续推进"]).joined(separator: "|"))
            }
        } else {
            let start = Int.random(in: 0..<gazetteLines.count, using: &random)
            lines = gazetteLines[start..<min(gazetteLines.count, start + Int.random(in: 5...120, using: &random))].map { line in
                Int.random(in: 0..<6, using: &random) == 0 ? "N 0 \(line)" : "P \(line)"
            }
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test func word() throws {
        var run = FuzzRun(format: .docx, seed: Self.seed, mutator: FuzzMutator(tokens: Self.sketchTokens), settings: Self.settings)
        run.package = { (sketch: [UInt8], random: inout SplitMix64) -> [UInt8] in
            var document = Array(WordPackageBuilder.document(WordSketch.body(String(decoding: sketch, as: UTF8.self))).utf8)
            if Int.random(in: 0..<4, using: &random) == 0 {
                let at = Int.random(in: 0...document.count, using: &random)
                document.insert(contentsOf: Self.rawXML.randomElement(using: &random)!.utf8, at: at)
            }
            let numbering = "<w:numbering xmlns:w=\"\(WordPackageBuilder.wordNamespace)\">\(WordSketch.numbering)</w:numbering>"
            let parts = [
                (path: "word/document.xml", xml: String(decoding: document, as: UTF8.self)), (path: "word/numbering.xml", xml: numbering)
            ]
            var zipped = [UInt8]((try? WordPackageBuilder.archive(parts)) ?? Data())
            if Int.random(in: 0..<20, using: &random) == 0, !zipped.isEmpty {
                zipped[Int.random(in: 0..<zipped.count, using: &random)] ^= 0xFF
            }
            return zipped
        }
        run.namesItsPlace = { (error: LocatedError, _: [UInt8]) in error.file == "fuzz" || error.file.hasPrefix("fuzz!") }
        try run.run(store: FuzzStore())
    }

    @Test func excel() throws {
        var run = FuzzRun(format: .xlsx, seed: Self.sheetSeed, mutator: FuzzMutator(tokens: Self.sheetTokens), settings: Self.settings)
        run.package = { (sketch: [UInt8], random: inout SplitMix64) -> [UInt8] in
            var (sheet, shared) = ExcelSketch.sheet(String(decoding: sketch, as: UTF8.self))
            if Int.random(in: 0..<4, using: &random) == 0 {
                var bytes = Array(sheet.utf8)
                bytes.insert(contentsOf: Self.rawSheetXML.randomElement(using: &random)!.utf8, at: Int.random(in: 0...bytes.count, using: &random))
                sheet = String(decoding: bytes, as: UTF8.self)
            }
            let workbook = try? XLSXPackageBuilder.workbook(sheets: [(name: "任务清单", xml: sheet)], sharedStrings: shared, styles: ExcelSketch.styles)
            var zipped = [UInt8](workbook ?? Data())
            if Int.random(in: 0..<20, using: &random) == 0, !zipped.isEmpty {
                zipped[Int.random(in: 0..<zipped.count, using: &random)] ^= 0xFF
            }
            return zipped
        }
        run.namesItsPlace = { (error: LocatedError, _: [UInt8]) in error.file == "fuzz" || error.file.hasPrefix("fuzz!") }
        try run.run(store: FuzzStore())
    }
}
