import Foundation
import ModelCore

/// Reads one worksheet part as it streams past, keeping only each row's cells as Excel shows
/// them (shared and inline strings, numbers, dates as ISO text) and the sheet's merges.
final class XLSXSheetReader: SpreadsheetPartReading {
    /// The most cells a sheet may hold, counting each row up to its last filled cell, so that a
    /// small hostile part cannot make rows of sixteen thousand columns by the million.
    static let cellLimit = 10_000_000

    /// A row the sheet writes: its number and its cells up to the last filled one (none for a row of empty cells).
    struct Row {
        var number: Int
        var cells: [String]
    }

    private(set) var rows: [Row] = []
    private(set) var merges: [XLSXCellRange] = []

    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let dateSystem: ExcelDate.System
    /// `台账.xlsx!xl/worksheets/sheet1.xml`, which errors name.
    private let place: String
    private let sheetName: String

    private var rowNumber = 0
    private var inRow = false
    private var inCell = false
    private var rowCells: [(column: Int, text: String)] = []
    /// The row's width so far: its last filled column + 1.
    private var rowWidth = 0
    private var column = -1
    private var cellType: String?
    private var cellStyle: Int?
    private var value = ""
    private var inValue = false
    private var inline: XLSXStringItem?
    private var cellCount = 0

    init(sharedStrings: [String], styles: XLSXStyles, dateSystem: ExcelDate.System, place: String, sheetName: String) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.dateSystem = dateSystem
        self.place = place
        self.sheetName = sheetName
    }

    func start(_ name: String, _ attributes: [String: String]) throws(LocatedError) {
        switch name {
        case "row":
            guard !inRow else { throw refusal("a row inside row \(rowNumber)") }
            if let stated = attributes["r"] {
                guard let number = Int(stated), (1...XLSXCellReference.lastRow).contains(number) else {
                    throw refusal("row number “\(SafeText.excerpt(stated))” is not one of Excel's rows")
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            guard rowNumber <= XLSXCellReference.lastRow else { throw refusal("more rows than Excel's \(XLSXCellReference.lastRow)") }
            inRow = true
            column = -1
        case "c":
            guard inRow else { throw refusal("a cell outside a row") }
            guard !inCell else { throw refusal("a cell inside cell \(cellName)") }
            inCell = true
            if let reference = attributes["r"] {
                guard let cell = XLSXCellReference(reference) else {
                    throw refusal("cell reference “\(SafeText.excerpt(reference))” names no cell of an Excel sheet")
                }
                column = cell.column
            } else {
                column += 1
                guard column <= XLSXCellReference.lastColumn else { throw refusal("row \(rowNumber) has more cells than Excel's columns") }
            }
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap { Int($0) }
            value = ""
        case "v": inValue = true
        case "is": inline = XLSXStringItem()
        case "mergeCell":
            let reference = attributes["ref"] ?? ""
            guard let range = XLSXCellRange(reference) else {
                throw refusal("merged cells “\(SafeText.excerpt(reference))” name no range of an Excel sheet")
            }
            merges.append(range)
        default: inline?.start(name)
        }
    }

    func end(_ name: String) throws(LocatedError) {
        switch name {
        case "v": inValue = false
        case "c":
            inCell = false
            try finishCell()
        case "row": try finishRow()
        case "is": break
        default: inline?.end(name)
        }
    }

    func characters(_ text: String) {
        if inValue {
            value += text
        } else {
            inline?.characters(text)
        }
    }

    /// The cell's value as Excel shows it, by its type: shared string, inline string, a
    /// formula's text, boolean, error, ISO date, or a number in its format.
    private func finishCell() throws(LocatedError) {
        defer { inline = nil }
        let text: String
        switch cellType {
        case "s":
            guard !value.isEmpty else { return }
            guard let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw refusal(
                    "cell \(cellName) names shared string “\(SafeText.excerpt(value))”, which the workbook does not have (it has \(sharedStrings.count))"
                )
            }
            text = sharedStrings[index]
        case "inlineStr": text = inline?.text ?? ""
        case "str": text = XLSXText.decoded(value)
        case "b": text = ["1": "TRUE", "0": "FALSE"][value] ?? value
        case "d": text = value.hasSuffix("T00:00:00") || value.hasSuffix("T00:00:00Z") ? String(value.prefix { $0 != "T" }) : value
        case "e": text = value
        default: text = value.isEmpty ? "" : styles.format(style: cellStyle).text(value, system: dateSystem)
        }
        if !text.isEmpty {
            rowCells.append((column, text))
            rowWidth = max(rowWidth, column + 1)
        }
    }

    /// The row's cells laid out by column.
    private func finishRow() throws(LocatedError) {
        inRow = false
        let width = rowWidth
        defer {
            rowCells.removeAll(keepingCapacity: true)
            rowWidth = 0
        }
        guard width > 0 else {
            rows.append(Row(number: rowNumber, cells: []))
            return
        }
        cellCount += width
        guard cellCount <= Self.cellLimit else {
            throw refusal("the sheet holds more than \(Self.cellLimit) cells, counting each row up to its last filled cell: not read")
        }
        var cells = Array(repeating: "", count: width)
        for cell in rowCells { cells[cell.column] = cell.text }
        rows.append(Row(number: rowNumber, cells: cells))
    }

    private var cellName: String { XLSXCellReference(column: column, row: rowNumber).name }

    private func refusal(_ problem: String) -> LocatedError {
        LocatedError(file: place, line: 0, message: "sheet “\(sheetName)”: \(problem)")
    }
}
