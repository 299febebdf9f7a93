import Foundation
import ModelCore

/// Which column holds what: read from a header row, or given by the user (`--columns`).
public struct ColumnMap: Equatable, Sendable {
    /// 0-based column of each role found.
    public var columns: [ColumnRole: Int]
    /// The header's row as the user numbers it (`表头=2`: the sheet's row 2, a CSV's line 2);
    /// nil to let the reader find it.
    public var headerRow: Int?

    public init(columns: [ColumnRole: Int], headerRow: Int? = nil) {
        self.columns = columns
        self.headerRow = headerRow
    }

    /// Reads `任务=B,领导=C,牵头=D` (roles by their Chinese or English names, columns by letter or
    /// by header text), and `表头=2` for the header's row: the user's word for a table whose
    /// headers duban cannot tell. Header texts are looked up in `header` when a row of them is known.
    public static func parse(_ spec: String, header: [String] = []) throws(LocatedError) -> ColumnMap {
        var columns: [ColumnRole: Int] = [:]
        var headerRow: Int?
        for item in spec.split(whereSeparator: { ",，;；".contains($0) }) {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw LocatedError(file: "--columns", line: 0, message: "“\(item)” is not ROLE=COLUMN (e.g. 任务=B)")
            }
            if ["表头", "header"].contains(parts[0]) {
                guard let row = Int(parts[1]), row > 0 else {
                    throw LocatedError(file: "--columns", line: 0, message: "表头=\(parts[1]): the header's row is a number (表头=2)")
                }
                headerRow = row
                continue
            }
            guard let role = ColumnRole.allCases.first(where: { $0.mappingNames.contains(parts[0]) }) else {
                let names = (ColumnRole.allCases.map { $0.mappingNames.joined(separator: "/") } + ["表头/header (its row)"]).joined(separator: ", ")
                throw LocatedError(file: "--columns", line: 0, message: "unknown role “\(parts[0])”; the roles are \(names)")
            }
            guard let column = columnIndex(parts[1]) ?? header.firstIndex(where: { ColumnRole.normalised($0) == ColumnRole.normalised(parts[1]) })
            else {
                throw LocatedError(file: "--columns", line: 0, message: "“\(parts[1])” is neither a column letter nor a header of the table")
            }
            columns[role] = column
        }
        guard columns[.text] != nil else {
            throw LocatedError(file: "--columns", line: 0, message: "name the column of the tasks' text (任务=B)")
        }
        return ColumnMap(columns: columns, headerRow: headerRow)
    }

    /// `B` → 1, `AA` → 26; nil for anything else.
    static func columnIndex(_ letters: String) -> Int? {
        let upper = letters.uppercased()
        guard !upper.isEmpty, upper.count <= 3, upper.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        return upper.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// The columns a header row names, when it names the tasks' text and at least one other role;
    /// the first column of a role wins.
    static func recognised(in header: [String]) -> ColumnMap? {
        var columns: [ColumnRole: Int] = [:]
        for (index, cell) in header.enumerated() {
            guard let role = ColumnRole.named(by: cell), columns[role] == nil else { continue }
            columns[role] = index
        }
        guard columns[.text] != nil, columns.count >= 2 else { return nil }
        return ColumnMap(columns: columns)
    }

    /// The cell of `role` in `cells`, trimmed; "" when the role has no column or the row is short.
    func value(_ role: ColumnRole, in cells: [String]) -> String {
        guard let column = columns[role], column < cells.count else { return "" }
        return cells[column].trimmed
    }

    /// Every mapped role's value in a row, trimmed once: for a row read field by field.
    func values(in cells: [String]) -> [ColumnRole: String] {
        columns.compactMapValues { $0 < cells.count ? cells[$0].trimmed : nil }
    }
}
