import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Paragraph text as Word shows it: runs, tabs and breaks, fields, tracked changes, hidden text and text boxes.
@Suite struct DOCXTextTests {
    @Test func runsJoinAndTabsBreaksAndHyphensReadAsWordShowsThem() throws {
        let document = try DOCXFixture.document("runs")
        #expect(document.paragraphs == ["一、总体要求", "甲\t乙\n丙", "A\nB-C D E", "左\t右", "X", " 前后留空 "])
        #expect(document.tables.isEmpty)
    }

    @Test func fieldResultsHyperlinksSmartTagsAndContentControlsKeepTheirTextButFieldCodesAndHiddenTextGo() throws {
        let document = try DOCXFixture.document("fields")
        #expect(document.paragraphs == ["见第3页", "是", "共12页", "链接银川6月底前区发改局", "目录", "第一章", "看得见也看得见银"])
    }

    @Test func trackedChangesReadAsTheFinalViewShowsThem() throws {
        let document = try DOCXFixture.document("revisions")
        #expect(document.paragraphs == ["完成新的任务", "原处移来", "前半后半", "保留", "曾经隐藏"])
    }

    @Test func aTableRowDeletedWithChangesTrackedIsLeftOutAndTheRowsAfterItCountOn() throws {
        let table = try #require(try DOCXFixture.document("revisions").tables.first)
        #expect(table.rows == [CellRow(number: 1, cells: ["行一", "行一乙"]), CellRow(number: 2, cells: ["行三", "行三乙"])])
    }

    @Test func textBoxesReadOnceAsParagraphsAfterTheParagraphTheyAreAnchoredIn() throws {
        let document = try DOCXFixture.document("textboxes")
        #expect(document.paragraphs == ["正文一正文二", "文本框内容", "锚", "旧式文本框", "☐已完成", "后文"])
    }

    @Test func aFieldCodeOrDeletedTextOutsideAFieldOrDeletionIsStillNotShown() throws {
        let data = try WordPackageBuilder.docx(
            body: "<w:p><w:r><w:instrText> PAGE </w:instrText><w:t>第</w:t><w:delText>旧</w:delText><w:t>页</w:t></w:r></w:p>")
        #expect(try DOCXReader.document(of: data, file: "计划.docx").paragraphs == ["第页"])
    }

    @Test func aParagraphOfSpacesOrAPageBreakAloneIsDropped() throws {
        let data = try WordPackageBuilder.docx(
            body: WordPackageBuilder.paragraph("   ") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:p/>"
                + WordPackageBuilder.paragraph("正文"))
        #expect(try DOCXReader.document(of: data, file: "计划.docx").blocks == [.paragraph("正文")])
    }

    @Test func textWithoutPreservedSpaceLosesItsEdgeSpacesAndCDATAIsText() throws {
        let data = try WordPackageBuilder.docx(body: "<w:p><w:r><w:t>  一  </w:t><w:t><![CDATA[a<b]]></w:t></w:r></w:p>")
        #expect(try DOCXReader.document(of: data, file: "计划.docx").paragraphs == ["一a<b"])
    }

    @Test func elementsAreKnownByTheirNamespaceWhateverTheirPrefix() throws {
        let document = """
            <x:document xmlns:x="\(WordPackageBuilder.wordNamespace)"><x:body><x:p><x:r><x:t>甲</x:t><x:tab/></x:r>\
            <x:del><x:r><x:delText>乙</x:delText></x:r></x:del></x:p><w:p xmlns:w="urn:other"><w:r><w:t>不是 Word 的</w:t></w:r></w:p>\
            <w:p xmlns:w="\(WordPackageBuilder.wordNamespace)"><w:r><x:t>丙</x:t></w:r><x:p xmlns:x="urn:other"><x:t>丁</x:t></x:p>\
            <x:r><w:t xml:space="preserve"> 戊</w:t></x:r></w:p></x:body></x:document>
            """
        let data = try WordPackageBuilder.archive([(path: "word/document.xml", xml: document)])
        #expect(try DOCXReader.document(of: data, file: "计划.docx").paragraphs == ["甲\t", "丙 戊"])
    }
}
