import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Merged cells as the table reader takes them: a value merged down repeats in every row, a
/// merge across most of the sheet marks a heading row.
@Suite struct XLSXMergeTests {
    private typealias Build = XLSXPackageBuilder

    @Test func aValueMergedDownRepeatsInItsFirstColumn() throws {
        let rows =
            Build.row(1, ["甲", "张军", "留", "丙"]) + Build.row(2, ["乙", "", "残"]) + "<row r=\"3\"><c r=\"B3\" s=\"1\"/></row>"
            + Build.row(4, ["丁"])
        let grid = try Build.grid(rows, merges: ["B1:C3"])
        #expect(
            grid.rows == [
                CellRow(number: 1, cells: ["甲", "张军", "", "丙"]), CellRow(number: 2, cells: ["乙", "张军"]),
                CellRow(number: 3, cells: ["", "张军"]), CellRow(number: 4, cells: ["丁"])
            ], "the merge's other cells are empty, whatever the file left in them")
    }

    @Test func aRowMergedAcrossMostOfTheSheetIsAHeading() throws {
        let wide = Build.row(2, (1...10).map { "列\($0)" })
        let across = { (merge: String, extra: [String]) in
            try Build.grid(Build.row(1, ["一、项目建设"] + extra) + wide, merges: [merge]).rows[0].isMergedAcross
        }
        #expect(try across("A1:J1", []))
        #expect(try across("A1:F1", []), "six of ten columns")
        #expect(try !across("A1:E1", []), "five of ten")
        #expect(try !across("A1:J2", []), "merged down too")
        #expect(try !across("A1:F1", ["", "", "", "", "", "", "备注"]), "a value outside the merge")
        #expect(try Build.grid(Build.row(1, ["甲"]) + Build.row(2, ["乙"]), merges: ["A1:A1"]).rows.allSatisfy { !$0.isMergedAcross })
        #expect(try Build.grid(Build.row(1, ["甲"]), merges: ["A1:B1"]).rows[0].isMergedAcross, "a one-column sheet's title across two")
    }

    @Test func aMergeWithAnEmptyFirstCellOnlyEmptiesTheOthers() throws {
        let grid = try Build.grid(Build.row(2, ["甲", "乙", "丙"]), merges: ["A1:B2"])
        #expect(grid.rows == [CellRow(number: 2, cells: ["", "", "丙"])])
    }
}
