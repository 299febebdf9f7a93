import Foundation
import ModelCore

/// Parses the table of NPC motions and suggestions (人大代表议案建议, 8号 附件5):
/// categories `议案3件`, subcategories `农业、水利方面（5件）`, rows
/// `序号 第N号 案由 提案人 责任领导 承办单位`, where a cell with several leaders or units, or a unit
/// name that wraps, continues on the lines below. The counts the table states are checked.
struct MotionTableParser {
    let document: Document

    private struct Row {
        var line: Int
        var caseNumber: String
        var title: String
        var proposers: [String]
        var chapter: String
        var section: String?
        var leaders: [String]
        var unitFragments: [String]
    }

    func parse(_ lines: ArraySlice<SourceLine>, reader: inout UnitListReader) throws -> [Task] {
        var rows: [Row] = []
        var category: (name: String, count: Int, line: Int, rows: Int)?
        var section: String?

        func closeCategory() throws {
            guard let open = category else { return }
            guard open.rows == open.count else {
                throw LocatedError(
                    file: reader.file, line: open.line,
                    message: "\(document.name) lists \(open.count) in \(open.name), found \(open.rows)")
            }
        }

        for line in lines {
            let compact = line.text.filter { !$0.isWhitespace }
            if let (name, count) = Self.counted(compact, open: "", close: "件"), !name.contains("方面") {
                try closeCategory()
                category = (name, count, line.number, 0)
                section = nil
            } else if let (name, _) = Self.counted(compact, open: "（", close: "件）") {
                section = name
            } else if let open = category, let row = row(line, expected: open.rows + 1, chapter: open.name, section: section, reader: &reader) {
                rows.append(row)
                category!.rows += 1
            } else if !rows.isEmpty, category != nil {
                if reader.directory.isLeader(line.text) {
                    rows[rows.count - 1].leaders.append(Directory.normalise(line.text))
                } else {
                    rows[rows.count - 1].unitFragments.append(compact)
                }
            }
        }
        try closeCategory()
        return rows.enumerated().map { index, row in
            Task(
                id: "\(document.code)-\(index + 1)", document: document.name, number: index + 1,
                caseNumber: row.caseNumber, chapter: row.chapter, section: row.section, text: row.title,
                proposers: row.proposers, leaders: row.leaders,
                leadUnits: reader.cell(row.unitFragments, line: row.line), responsibleUnits: [],
                deadline: document.defaultDeadline)
        }
    }

    /// `议案3件` → (议案, 3); `农业、水利方面（5件）` → (农业、水利方面, 5).
    static func counted(_ compact: String, open: String, close: String) -> (String, Int)? {
        guard compact.hasSuffix(close) else { return nil }
        let body = compact.dropLast(close.count)
        let digits = body.reversed().prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        var name = body.dropLast(digits.count)
        guard open.isEmpty || name.hasSuffix(open) else { return nil }
        name = name.dropLast(open.count)
        guard !name.isEmpty, !name.contains("关于"), name.count <= 16 else { return nil }
        return (String(name), Int(String(digits.reversed()))!)
    }

    /// `3 第3号 关于…的议案 刘少荣等 马长军 住建和交通局`.
    private func row(_ line: SourceLine, expected: Int, chapter: String, section: String?, reader: inout UnitListReader) -> Row? {
        let parts = line.text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, Int(parts[0]) == expected else { return nil }
        let rest = parts[1].drop { $0 == " " }
        guard rest.hasPrefix("第"), let close = rest.firstIndex(of: "号") else { return nil }
        let caseDigits = rest[rest.index(after: rest.startIndex)..<close].filter { !$0.isWhitespace }
        guard Int(caseDigits) != nil else { return nil }
        let cells = String(rest[rest.index(after: close)...]).trimmingCharacters(in: .whitespaces)

        guard let titleEnd = Self.titleEnd(cells) else { return nil }
        let title = TextCleanup.tidy(String(cells[..<titleEnd]))
        var remainder = Directory.normalise(String(cells[titleEnd...]))
        var proposers: [String] = []
        if let etc = remainder.firstIndex(of: "等") {
            proposers = [String(remainder[...etc])]
            remainder = String(remainder[remainder.index(after: etc)...])
        }
        var leaders: [String] = []
        while let leader = reader.directory.leaders.first(where: { remainder.hasPrefix($0) }) {
            leaders.append(leader)
            remainder.removeFirst(leader.count)
        }
        let shortChapter = chapter.prefix { $0 != "、" }
        return Row(
            line: line.number, caseNumber: "\(shortChapter)第\(caseDigits)号", title: title, proposers: proposers,
            chapter: chapter, section: section, leaders: leaders,
            unitFragments: remainder.isEmpty ? [] : [remainder])
    }

    /// The end of a 案由: after its last 议案 or 建议 that is followed by a space or the line's end.
    static func titleEnd(_ cells: String) -> String.Index? {
        var end: String.Index?
        for word in ["议案", "建议"] {
            var search = cells.startIndex
            while let found = cells.range(of: word, range: search..<cells.endIndex) {
                if found.upperBound == cells.endIndex || cells[found.upperBound] == " " {
                    end = max(end ?? found.upperBound, found.upperBound)
                }
                search = found.upperBound
            }
        }
        return end
    }
}
