import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Automatic numbering written out as Word renders the labels, counters kept as Word keeps them.
@Suite struct DOCXNumberingTests {
    @Test func everyLabelOfTheNumberingFixtureReadsAsWordRendersIt() throws {
        let document = try DOCXFixture.document("numbering")
        #expect(
            document.paragraphs == [
                // Multi-level %1.%2: a level restarts the ones below it; a level skipped shows 0.
                "1.甲", "1.1乙", "1.2丙", "2.丁", "2.0.1戊", "2.1己",
                // w:lvlRestart 0: the second level never restarts.
                "1)a", "i.b", "ii.c", "2)d", "iii.e",
                // w:isLgl: the chapter's number in decimal inside the second level's label.
                "第一章总则", "1.1目的",
                // Two lists of one definition continue each other; one with w:startOverride counts on its own.
                "1．一号", "2．二号", "5．五号", "6．六号", "3．三号",
                // Numbering a tracked change took away is not counted.
                "曾经编号", "4．四号",
                // A level redefined in w:lvlOverride; w:suff space and nothing; an empty numbered paragraph shows its label.
                "A)字母", "1. 空格", "1、紧接", "2、",
                // A bullet's glyph is dropped; numFmt none keeps the level text's other characters.
                "要点", "注：说明",
                // A custom format (w14) falls back to mc:Fallback's decimalZero.
                "01自定义",
                "07decimalZero", "１２decimalFullWidth", "③decimalEnclosedCircle", "BBupperLetter", "blowerLetter",
                "XIVupperRoman", "ixlowerRoman", "丙ideographTraditional", "二十一japaneseCounting",
                "十一千", "一百百",
                // From the paragraph style, through w:basedOn, its level from the level's w:pStyle; numId 0 turns it off.
                "1．样式甲", "（1）样式乙", "不编号",
                // w:numStyleLink: a list reaching its levels through a list style shares their counters.
                "1/链一", "2/链二"
            ])
    }

    @Test func aListWithoutDefinitionsOrALevelItDoesNotDefineWritesNoLabel() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="9"/></w:num>
            """
        let body = [("甲", 1, 0), ("乙", 1, 4), ("丙", 2, 0), ("丁", 7, 0), ("戊", 1, 0)]
            .map { WordPackageBuilder.paragraph($0.0, listId: $0.1, level: $0.2) }.joined()
        let data = try WordPackageBuilder.docx(body: body, numbering: numbering)
        #expect(try DOCXReader.document(of: data, file: "计划.docx").paragraphs == ["1.甲", "乙", "丙", "丁", "2.戊"])
    }

    @Test func aNumberedParagraphInADocumentWithoutNumberingPartReadsAsItsText() throws {
        let data = try WordPackageBuilder.docx(body: WordPackageBuilder.paragraph("推进", listId: 1))
        #expect(try DOCXReader.document(of: data, file: "计划.docx").paragraphs == ["推进"])
    }
}
