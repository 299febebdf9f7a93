import ModelCore

/// A table's 编号 ids (`P2-8`), row by row, checked against the documents the rows belong to.
struct IDCells {
    let rows: [TableRowTask]
    let map: ColumnMap
    let placer: CellPlacer
    /// Per row: the id its 编号 cell writes; nil when it writes none (or the table has no 编号 ids).
    let ids: [TaskCode?]

    init(rows: [TableRowTask], map: ColumnMap, placer: CellPlacer) {
        self.rows = rows
        self.map = map
        self.placer = placer
        ids = rows.map { TaskCode(map.value(.id, in: $0.row.cells)) }
    }

    /// The code each document's ids state, by the document's index; every id of a document
    /// must state the same one, and no two documents one code.
    /// - Parameter members: per row, the index of its document in `names`.
    func statedCodes(members: [Int], names: [String]) throws(LocatedError) -> [Int: String] {
        var stated: [Int: (code: String, row: Int)] = [:]
        var owners: [String: (document: Int, row: Int)] = [:]
        for (index, id) in ids.enumerated() {
            guard let id else { continue }
            let document = members[index]
            if let first = stated[document] {
                guard first.code != id.document else { continue }
                let name = SafeText.excerpt(names[document])
                throw problem(at: index, "编号 \(id.id) has the code \(id.document), but its document “\(name)” has \(first.code) (\(cell(first.row)))")
            }
            if let owner = owners[id.document] {
                let name = SafeText.excerpt(names[document]), ownerName = SafeText.excerpt(names[owner.document])
                throw problem(at: index, "编号 \(id.id) gives “\(name)” the code \(id.document) of “\(ownerName)” (\(cell(owner.row)))")
            }
            stated[document] = (id.document, index)
            owners[id.document] = (document, index)
        }
        return stated.mapValues(\.code)
    }

    /// Each row's number in its document: its id's; after the highest of them, in table order,
    /// for a row of that document without one; `numbering`'s for the rows of a document without ids.
    func numbers(members: [Int], documents: Int, stated: [Int: String], numbering: ([Int]) -> [Int]) throws(LocatedError) -> [Int] {
        let groups = Dictionary(grouping: rows.indices, by: { members[$0] })
        var numbers = [Int](repeating: 0, count: rows.count)
        for document in 0..<documents {
            let indices = groups[document] ?? []
            guard stated[document] != nil else {
                for (index, number) in zip(indices, numbering(indices)) { numbers[index] = number }
                continue
            }
            var next = (indices.compactMap { ids[$0]?.number }.max() ?? 0) + 1
            var first: [Int: Int] = [:]
            for index in indices {
                guard let id = ids[index] else {
                    numbers[index] = next
                    next += 1
                    continue
                }
                if let earlier = first[id.number] {
                    throw problem(at: index, "task \(id.id) is in two rows (\(cell(earlier)) and \(cell(index)))")
                }
                first[id.number] = index
                numbers[index] = id.number
            }
        }
        return numbers
    }

    private func cell(_ index: Int) -> String {
        placer.cellName(row: rows[index].row.number, column: map.columns[.id])
    }

    private func problem(at index: Int, _ message: String) -> LocatedError {
        let place = placer.place(row: rows[index].row.number, column: map.columns[.id])
        return LocatedError(file: place.file, line: place.line, message: message)
    }
}
