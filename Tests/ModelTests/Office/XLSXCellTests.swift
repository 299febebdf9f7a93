import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// The pieces of a sheet's cells: references, strings shared and inline, numbers, formats.
@Suite struct XLSXCellTests {
    @Test func cellReferencesNameExcelsColumnsAndRows() {
        #expect(XLSXCellReference("A1") == XLSXCellReference(column: 0, row: 1))
        #expect(XLSXCellReference("Z9") == XLSXCellReference(column: 25, row: 9))
        #expect(XLSXCellReference("AA10") == XLSXCellReference(column: 26, row: 10))
        #expect(XLSXCellReference("$B$3") == XLSXCellReference(column: 1, row: 3))
        #expect(XLSXCellReference("XFD1048576") == XLSXCellReference(column: 16383, row: 1_048_576))
        for outside in ["XFE1", "A0", "A1048577", "1A", "A", "AAAA1", "B3C", "", "Ä1"] {
            #expect(XLSXCellReference(outside) == nil, "\(outside)")
        }
        #expect([0, 25, 26, 701, 702, 16383].map(CellRow.columnName) == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
        #expect(XLSXCellRange("F3:A1") == XLSXCellRange("A1:F3"))
        #expect(XLSXCellRange("A1:F3")?.columns == 0...5)
        #expect(XLSXCellRange("A1:") == nil && XLSXCellRange("A1:B2:C3") == nil)
    }

    @Test func sharedStringsJoinRichTextAndDropPhoneticRuns() throws {
        let items = [
            "<si><t>甲</t></si>",
            "<si><r><rPr><b/></rPr><t>乙</t></r><r><t>丙</t></r><rPh sb=\"0\" eb=\"1\"><t>yǐ</t></rPh><phoneticPr fontId=\"1\"/></si>",
            "<si><t xml:space=\"preserve\"> 丁_x000D__x000A_戊 </t></si>",
            "<si><t>_x005F_x000D_ 与 a&#13;&#10;b</t></si>",
            "<si><t/></si>"
        ]
        let reader = XLSXSharedStringsReader()
        let xml = "<sst xmlns=\"\(XLSXPackageBuilder.namespace)\">\(items.joined())</sst>"
        try SpreadsheetXML.read(Data(xml.utf8), part: "xl/sharedStrings.xml", of: "t.xlsx", into: reader)
        #expect(reader.strings == ["甲", "乙丙", " 丁\n戊 ", "_x000D_ 与 a\nb", ""])
    }

    @Test func escapesDecodeAsExcelShowsThem() {
        #expect(XLSXText.decoded("a\r\nb\rc") == "a\nb\nc")
        #expect(XLSXText.decoded("_xD83D__xDE00_") == "😀")
        #expect(XLSXText.decoded("_x00zz_ _x41_ _x0041_") == "_x00zz_ _x41_ A")
        #expect(XLSXText.decoded("plain") == "plain")
    }

    @Test func cellsOfEveryTypeShowAsExcelShowsThem() throws {
        let cells = [
            "<c r=\"A1\" t=\"s\"><v>1</v></c>", "<c r=\"B1\" t=\"inlineStr\"><is><r><t>内</t></r><r><t>联</t></r><rPh><t>nei</t></rPh></is></c>",
            "<c r=\"C1\" t=\"str\"><f>A1&amp;\"x\"</f><v>公式_x000A_结果</v></c>", "<c r=\"D1\" t=\"b\"><v>1</v></c>", "<c r=\"E1\" t=\"b\"><v>0</v></c>",
            "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>", "<c r=\"G1\"><v>1.0</v></c>", "<c r=\"H1\" t=\"n\"><v>0.30000000000000004</v></c>",
            "<c r=\"I1\"><v>-0</v></c>", "<c r=\"J1\"><v>1E-05</v></c>", "<c r=\"K1\"><v>12345678901234567890</v></c>",
            "<c r=\"L1\" s=\"1\"><v>0.256</v></c>", "<c r=\"M1\" s=\"2\"><v>45565</v></c>", "<c r=\"N1\" t=\"d\"><v>2024-09-30T00:00:00</v></c>",
            "<c r=\"O1\"><f>1+1</f></c>", "<c r=\"P1\" s=\"9\"><v>42</v></c>", "<c r=\"Q1\"><v>3.14</v></c>"
        ]
        let styles = "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"14\"/></cellXfs>"
        let grid = try XLSXPackageBuilder.grid(
            "<row r=\"1\">\(cells.joined())</row>", sharedStrings: ["<si><t>零</t></si>", "<si><t>一</t></si>"], styles: styles)
        #expect(
            grid.rows.first?.cells == [
                "一", "内联", "公式\n结果", "TRUE", "FALSE", "#N/A", "1", "0.3", "0", "1E-05", "1.23456789012346E+19", "25.60%", "2024-09-30",
                "2024-09-30", "", "42", "3.14"
            ])
    }

    @Test func cellsWithoutAReferenceCountOn() throws {
        let rows = "<row r=\"3\"><c><v>1</v></c><c><v>2</v></c><c r=\"E3\"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>"
        let grid = try XLSXPackageBuilder.grid(rows)
        #expect(grid.rows == [CellRow(number: 3, cells: ["1", "2", "", "", "5", "6"]), CellRow(number: 4, cells: ["7"])])
    }

    @Test func emptyRowsAndCellsAreLeftOut() throws {
        let rows =
            "<row r=\"1\"><c r=\"A1\" s=\"1\"/><c r=\"B1\" t=\"inlineStr\"><is><t></t></is></c></row>"
            + XLSXPackageBuilder.row(4, ["", "乙", "", ""]) + "<row r=\"9\" spans=\"1:9\"/>"
        #expect(try XLSXPackageBuilder.grid(rows).rows == [CellRow(number: 4, cells: ["", "乙"])])
    }

    @Test func rowsWrittenOutOfOrderAreSortedAndJoined() throws {
        let rows = XLSXPackageBuilder.row(5, ["戊"]) + XLSXPackageBuilder.row(2, ["乙"]) + XLSXPackageBuilder.row(5, ["", "己"])
        #expect(try XLSXPackageBuilder.grid(rows).rows == [CellRow(number: 2, cells: ["乙"]), CellRow(number: 5, cells: ["戊", "己"])])
    }

    @Test func numberFormatsTellDatesTimesAndPercentages() {
        let cases: [(String, XLSXNumberFormat)] = [
            ("yyyy\"年\"m\"月\"d\"日\"", .date(.date)), ("yyyy/m/d h:mm", .date(.dateAndTime(seconds: false))),
            ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date(.date)), ("[DBNum1][$-804]yyyy\"年\"m\"月\"", .date(.date)),
            ("[h]:mm:ss", .date(.time(seconds: true))), ("mm:ss", .date(.time(seconds: true))), ("h:mm AM/PM", .date(.time(seconds: false))),
            ("0.00%", .percent(decimals: 2)), ("0%", .percent(decimals: 0)), ("#,##0.00_);[Red](#,##0.00)", .general),
            ("\"m\"0", .general), ("0.00E+00", .general), ("General", .general), ("@", .general), ("\"截至\"yyyy\"年\"", .date(.date))
        ]
        for (code, format) in cases { #expect(XLSXNumberFormat(code: code) == format, "\(code)") }
        #expect(XLSXNumberFormat.builtIn(14) == .date(.date) && XLSXNumberFormat.builtIn(31) == .date(.date))
        #expect(XLSXNumberFormat.builtIn(58) == .date(.date) && XLSXNumberFormat.builtIn(22) == .date(.dateAndTime(seconds: false)))
        #expect(XLSXNumberFormat.builtIn(21) == .date(.time(seconds: true)) && XLSXNumberFormat.builtIn(9) == .percent(decimals: 0))
        #expect([0, 1, 2, 3, 4, 11, 12, 37, 49, 59].allSatisfy { XLSXNumberFormat.builtIn($0) == .general })
        #expect(XLSXNumberFormat.date(.date).text("不是数", system: .from1900) == "不是数")
        #expect(XLSXNumberFormat.date(.date).text("-3", system: .from1900) == "-3", "a negative date shows as its number")
    }

    @Test func aCustomFormatRedefiningABuiltInIdWins() throws {
        let styles =
            "<numFmts><numFmt numFmtId=\"14\" formatCode=\"0.00\"/><numFmt numFmtId=\"176\" formatCode=\"yyyy.m.d\"/></numFmts>"
            + "<cellStyleXfs><xf numFmtId=\"176\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/></cellXfs>"
        let grid = try XLSXPackageBuilder.grid(
            "<row r=\"1\"><c s=\"1\"><v>45473</v></c><c s=\"2\"><v>45473</v></c><c s=\"7\"><v>45473</v></c></row>", styles: styles)
        #expect(grid.rows.first?.cells == ["45473", "2024-06-30", "45473"], "cellStyleXfs are no cell formats; an unknown style is General")
    }
}
