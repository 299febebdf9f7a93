/// The tasks' numbers in their document: the 序号 column's when it numbers every task once
/// (`1`, `2.`, `（3）`, `4、`), else 1, 2, 3 … in table order (a 序号 that starts again in each
/// chapter, or is missing).
enum TableNumbering {
    static func numbers(_ cells: [String]) -> [Int] {
        let stated = cells.map(number)
        let values = stated.compactMap { $0 }
        if values.count == cells.count, Set(values).count == values.count, values.allSatisfy({ $0 > 0 }) { return values }
        return cells.indices.map { $0 + 1 }
    }

    /// The number a 序号 cell writes, digits only with any brackets and trailing mark taken off.
    static func number(_ cell: String) -> Int? {
        let digits = cell.filter { !"（()）.．、 ".contains($0) }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.count <= 6 else { return nil }
        return Int(digits)
    }
}
