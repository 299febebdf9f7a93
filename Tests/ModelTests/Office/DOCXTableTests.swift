import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Word tables laid on their grids: spans, vertical merges, empty grid columns, nested tables.
@Suite struct DOCXTableTests {
    @Test func cellsSpansMergesAndNestedTablesLieOnTheGridAsCellGridSays() throws {
        let table = try #require(try DOCXFixture.document("tables").tables.first)
        #expect(table.name == "表1")
        #expect(
            table.rows == [
                CellRow(number: 1, cells: ["a", "bc", "", "d"]),
                CellRow(number: 2, cells: ["", "x", "y", ""]),
                CellRow(number: 3, cells: ["合并", "1", "2", "3"]),
                CellRow(number: 4, cells: ["合并", "4", "5", "6"]),
                CellRow(number: 5, cells: ["合并", "7", "8", "9"]),
                CellRow(number: 7, cells: ["第一行\n第二行", "内1\t内2\n内3", "前\n内A\n后", ""]),
                CellRow(number: 8, cells: ["第二章", "", "", ""], isMergedAcross: true),
                CellRow(number: 9, cells: ["半", "", "", ""]),
                CellRow(number: 10, cells: ["三格", "", "", ""], isMergedAcross: true),
                CellRow(number: 11, cells: ["两行", "", "", ""]),
                CellRow(number: 12, cells: ["两行", "", "", ""])
            ])
    }

    @Test func tablesAreNamedInDocumentOrderAndNestedOnesTakeNoName() throws {
        let document = try DOCXFixture.document("tables")
        #expect(document.tables.map(\.name) == ["表1", "表2"])
        #expect(document.paragraphs == ["两表之间"])
        #expect(document.tables.last?.rows == [CellRow(number: 1, cells: ["名称", "数量"]), CellRow(number: 2, cells: ["苹果", "3"])])
        #expect(document.blocks.count == 3 && document.blocks[1] == .paragraph("两表之间"))
    }

    @Test func rowsShorterThanTheGridArePaddedAndAGridWiderThanTheRowsKeepsItsColumns() throws {
        let cell = { (text: String) in "<w:tc>\(WordPackageBuilder.paragraph(text))</w:tc>" }
        let body =
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>\(cell("甲"))</w:tr>"
            + "<w:tr>\(cell("乙"))\(cell("丙"))\(cell("丁"))\(cell("戊"))</w:tr></w:tbl>"
        let table = try #require(try DOCXReader.document(of: WordPackageBuilder.docx(body: body), file: "计划.docx").tables.first)
        #expect(table.rows == [CellRow(number: 1, cells: ["甲", "", "", ""]), CellRow(number: 2, cells: ["乙", "丙", "丁", "戊"])])
    }

    @Test func aContinuationWithoutARestartAboveKeepsItsOwnText() throws {
        let body = "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\(WordPackageBuilder.paragraph("孤"))</w:tc></w:tr></w:tbl>"
        let table = try #require(try DOCXReader.document(of: WordPackageBuilder.docx(body: body), file: "计划.docx").tables.first)
        #expect(table.rows == [CellRow(number: 1, cells: ["孤"])])
    }
}
