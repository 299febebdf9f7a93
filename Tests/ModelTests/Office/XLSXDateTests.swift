import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Excel's date serials in both date systems, and date-styled cells read as ISO text.
@Suite struct XLSXDateTests {
    @Test func the1900SystemKeepsLotussLeapDay() {
        let day = { (serial: Double) in ExcelDate.text(serial: serial, system: .from1900, shown: .date) }
        #expect(day(1) == "1900-01-01")
        #expect(day(59) == "1900-02-28")
        #expect(day(60) == "1900-02-29", "the day that never was, as Excel shows it")
        #expect(day(61) == "1900-03-01")
        #expect(day(0) == "1900-01-00")
        #expect(day(45473) == "2024-06-30")
        #expect(day(45473.99999) == "2024-06-30")
        #expect(day(2_958_465) == "9999-12-31")
        #expect(day(2_958_466) == nil && day(-1) == nil && day(.nan) == nil)
    }

    @Test func the1904SystemCountsFromNewYear1904() {
        let day = { (serial: Double) in ExcelDate.text(serial: serial, system: .from1904, shown: .date) }
        #expect(day(0) == "1904-01-01")
        #expect(day(59) == "1904-02-29" && day(60) == "1904-03-01", "1904 is a leap year indeed")
        #expect(day(44011) == "2024-06-30")
    }

    @Test func timesShowToTheMinuteOrSecondAndRoundUpIntoTheNextDay() {
        #expect(ExcelDate.text(serial: 45565.604166666664, system: .from1900, shown: .dateAndTime(seconds: false)) == "2024-09-30T14:30")
        #expect(ExcelDate.text(serial: 0.3440972222222222, system: .from1900, shown: .time(seconds: true)) == "08:15:30")
        #expect(ExcelDate.text(serial: 45565.999999, system: .from1900, shown: .dateAndTime(seconds: true)) == "2024-10-01T00:00:00")
    }

    @Test func datesWrittenByOpenpyxlReadBackInBothSystems() throws {
        let from1900 = try XLSXFixture.sheets("dates")[0].rows.map { $0.cells[0] }
        #expect(
            from1900 == ["1900-01-01", "1900-02-28", "1900-03-01", "2024-06-30", "2024-09-30", "2024-09-30T14:30", "08:15:30", "25%"])
        let from1904 = try XLSXFixture.sheets("dates1904")[0].rows.map { $0.cells[0] }
        #expect(from1904 == ["2024-06-30", "2024-09-30", "2024-09-30T14:30", "08:15:30", "25%"])
    }

    @Test func aWorkbookSays1904ByTrueOrOne() throws {
        for value in ["1", "true"] {
            let workbook = "<workbook xmlns=\"\(XLSXPackageBuilder.namespace)\"><workbookPr date1904=\"\(value)\"/><sheets/></workbook>"
            let reader = XLSXWorkbookReader()
            try SpreadsheetXML.read(Data(workbook.utf8), part: "xl/workbook.xml", of: "t.xlsx", into: reader)
            #expect(reader.workbook.dateSystem == .from1904)
        }
        let grid = try XLSXPackageBuilder.grid(
            "<row r=\"1\"><c s=\"1\"><v>0</v></c></row>", styles: "<cellXfs><xf/><xf numFmtId=\"14\"/></cellXfs>", date1904: true)
        #expect(grid.rows.first?.cells == ["1904-01-01"])
    }
}
