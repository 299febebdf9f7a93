import Foundation
import TestSupport
import Testing

@testable import ModelCore
@testable import ModelImport

/// A long plan reads fast enough to import without a wait.
@Suite struct DOCXSpeedTests {
    /// A paragraph marked up as Word writes one: revision ids, indents, and fonts and size on each run.
    static func wordLike(_ text: String, listId: Int? = nil, level: Int = 0) -> String {
        let numbering = listId.map { "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr>" } ?? ""
        let font =
            "<w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:hint=\"eastAsia\"/>"
            + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
        let runs = text.split(separator: "，").map { "<w:r w:rsidRPr=\"00A1B2C3\">\(font)<w:t>\($0)</w:t></w:r>" }
        return "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00D4E5F6\" w:rsidP=\"00A1B2C3\"><w:pPr>\(numbering)"
            + "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"640\"/>\(font)</w:pPr>"
            + runs.joined() + "</w:p>"
    }

    /// 2,000 paragraphs, every other one numbered, and a 1,000-row table of six columns with
    /// merges, zipped as Word does.
    static func longPlan() throws -> Data {
        let numbering = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
            <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>\
            <w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            """
        var body = ""
        for index in 0..<2000 {
            let level = index % 20 == 0 ? 0 : 1
            let listId = index % 2 == 0 ? 1 : nil
            body += wordLike("推进第\(index)项重点工作，确保按期完成。（责任领导：张军；牵头单位：区发改局）", listId: listId, level: level)
        }
        body += "<w:tbl><w:tblGrid>" + String(repeating: "<w:gridCol/>", count: 6) + "</w:tblGrid>"
        for row in 0..<1000 {
            let merge = row % 5 == 0 ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" : "<w:tcPr><w:vMerge/></w:tcPr>"
            body += "<w:tr><w:tc>\(wordLike("\(row + 1)"))</w:tc>"
            body += "<w:tc>\(wordLike("第\(row)项工作任务的具体内容"))</w:tc>"
            body += "<w:tc>\(merge)\(wordLike(row % 5 == 0 ? "张军" : ""))</w:tc>"
            for text in ["区发改局", "各乡镇、区直各部门", "2024年6月底前"] { body += "<w:tc>\(wordLike(text))</w:tc>" }
            body += "</w:tr>"
        }
        body += "</w:tbl>"
        return try WordPackageBuilder.docx(body: body, numbering: numbering)
    }

    @Test func twoThousandParagraphsAndAThousandRowTableReadWithinABound() throws {
        let data = try Self.longPlan()
        let started = ThreadCPUClock.now()
        let document = try DOCXReader.document(of: data, file: "长计划.docx")
        let elapsed = ThreadCPUClock.now() - started
        print("DOCXSpeedTests: \(data.count) bytes zipped, 2,000 paragraphs and a 1,000-row table read in \(elapsed) of CPU")
        #expect(document.paragraphs.count == 2000)
        #expect(document.paragraphs[0].hasPrefix("一、推进第0项"))
        #expect(document.paragraphs[2].hasPrefix("1．推进第2项"))
        #expect(document.tables.first?.rows.count == 1000)
        #expect(document.tables.first?.rows[4].cells[2] == "张军")
        // Under 1 s in a release build (0.4 s measured); the bound leaves room for a debug build on a busy machine.
        #expect(elapsed < .seconds(3))
    }
}
