import Foundation
import ModelCore

/// Parses the table of CPPCC proposals (政协提案, 8号 附件6). Rows are grouped under their lead
/// unit, `（1）农业农村局（31件）`, a heading that PDF extraction breaks over several lines and
/// drops into the group's first row (and repeats after a page break). A row is
/// `序号 [协办单位…] 案号 类别 案由 提案人`, where the assisting units may stand on the lines above
/// the case number, and the 案由 and the proposers may wrap onto the lines below.
/// Each group's stated count is checked against the rows found.
struct ProposalTableParser {
    let document: Document

    private struct Group: Equatable {
        var label: String
        var unit: String
        var count: Int
        var line: Int
        var rows = 0
    }

    private struct Row {
        var number: Int
        var line: Int
        var group: Int?
        var assisting: [String] = []
        var caseNumber: String?
        var category: String?
        var title = ""
        var titleDone = false
        var proposers: [String] = []
    }

    func parse(_ lines: ArraySlice<SourceLine>, reader: inout UnitListReader) throws -> [Task] {
        var rows: [Row] = []
        var groups: [Group] = []
        var heading: (text: String, line: Int)?

        for line in lines {
            var text = line.text
            if let (number, rest) = Self.rowStart(text), number == rows.count + 1 {
                rows.append(Row(number: number, line: line.number, group: groups.indices.last))
                text = rest
            }
            guard !rows.isEmpty else { continue }
            let compact = text.filter { !$0.isWhitespace }
            if heading != nil || Self.startsHeading(compact) {
                let sofar = (heading?.text ?? "") + compact
                guard let close = sofar.range(of: "件）") else {
                    heading = (sofar, heading?.line ?? line.number)
                    continue
                }
                let group = try group(from: String(sofar[..<close.upperBound]), line: heading?.line ?? line.number, reader: &reader)
                heading = nil
                if groups.last.map({ $0.label == group.label && $0.unit == group.unit }) != true {
                    groups.append(group)
                }
                rows[rows.count - 1].group = groups.count - 1
                text = String(sofar[close.upperBound...])
                if text.isEmpty { continue }
            }
            read(text, into: &rows[rows.count - 1])
        }

        for row in rows {
            if let group = row.group { groups[group].rows += 1 }
        }
        for group in groups where group.rows != group.count {
            throw LocatedError(
                file: reader.file, line: group.line,
                message: "\(document.name) lists \(group.count) proposals under \(group.label), found \(group.rows)")
        }
        return try rows.map { try task(from: $0, groups: groups, reader: &reader) }
    }

    private func task(from row: Row, groups: [Group], reader: inout UnitListReader) throws -> Task {
        guard let group = row.group, let caseNumber = row.caseNumber else {
            throw LocatedError(
                file: reader.file, line: row.line, message: "proposal \(row.number) of \(document.name) has no case number or lead unit")
        }
        if row.category == nil { reader.warn("proposal \(row.number) (案号 \(caseNumber)) has no category A/B/C", line: row.line) }
        if row.title.isEmpty { reader.warn("proposal \(row.number) (案号 \(caseNumber)) has no 案由 in the gazette", line: row.line) }
        return Task(
            id: "\(document.code)-\(row.number)", document: document.name, number: row.number,
            caseNumber: caseNumber, category: row.category, chapter: groups[group].label, section: nil,
            text: TextCleanup.tidy(row.title), proposers: Self.proposers(row.proposers),
            leaders: [], leadUnits: [groups[group].unit], responsibleUnits: [],
            cooperatingUnits: reader.cell(row.assisting, line: row.line),
            deadline: document.defaultDeadline)
    }

    /// Files one line's text into the row: assisting units until the case number, then the 案由,
    /// then proposers.
    private func read(_ text: String, into row: inout Row) {
        guard !text.isEmpty else { return }
        if row.caseNumber == nil {
            let tokens = text.split(separator: " ").map(String.init)
            guard let anchor = Self.anchor(tokens) else {
                row.assisting.append(text)
                return
            }
            row.assisting += tokens[..<anchor]
            row.caseNumber = tokens[anchor]
            var next = anchor + 1
            if next < tokens.count, ["A", "B", "C"].contains(tokens[next]) {
                row.category = tokens[next]
                next += 1
            }
            readTitle(tokens[next...].joined(separator: " "), into: &row)
        } else if !row.titleDone {
            readTitle(text, into: &row)
        } else {
            row.proposers.append(text)
        }
    }

    private func readTitle(_ text: String, into row: inout Row) {
        guard !text.isEmpty else { return }
        row.title += text
        guard let end = Self.titleEnd(row.title) else { return }
        let rest = row.title[end...].trimmingCharacters(in: .whitespaces)
        row.title = String(row.title[..<end])
        row.titleDone = true
        if !rest.isEmpty { row.proposers.append(rest) }
    }

    /// Where a 案由 ends: after 建议, 意见 or 议案 followed by a space or the end of the text read so
    /// far, or after 建设 followed by a space (one row's 案由 ends so, misprinted).
    static func titleEnd(_ title: String) -> String.Index? {
        var best: String.Index?
        for word in ["建议", "意见", "议案", "建设"] {
            var search = title.startIndex
            while let found = title.range(of: word, range: search..<title.endIndex) {
                let atEnd = found.upperBound == title.endIndex
                let beforeSpace = !atEnd && title[found.upperBound] == " "
                if beforeSpace || (atEnd && word != "建设") {
                    best = max(best ?? found.upperBound, found.upperBound)
                    break
                }
                search = found.upperBound
            }
        }
        return best
    }

    /// The case number: digits followed by the category or by the 案由 itself.
    static func anchor(_ tokens: [String]) -> Int? {
        tokens.indices.first { i in
            guard (1...3).contains(tokens[i].count), tokens[i].allSatisfy(\.isASCIIDigit), i + 1 < tokens.count else { return false }
            return ["A", "B", "C"].contains(tokens[i + 1]) || tokens[i + 1].hasPrefix("关于")
        }
    }

    /// `15`, `89 109 C 关于…`: a row number, unless the line is itself a case number and category.
    static func rowStart(_ text: String) -> (Int, String)? {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, (1...3).contains(first.count), first.allSatisfy(\.isASCIIDigit) else { return nil }
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let next = rest.split(separator: " ").first.map(String.init) ?? ""
        if ["A", "B", "C"].contains(next) || next.hasPrefix("关于") { return nil }
        return (Int(first)!, rest)
    }

    static func startsHeading(_ compact: String) -> Bool {
        guard compact.hasPrefix("（"), let close = compact.firstIndex(of: "）") else { return false }
        let inside = compact[compact.index(after: compact.startIndex)..<close]
        return !inside.isEmpty && inside.allSatisfy(\.isASCIIDigit)
    }

    /// `（3）发展和改革局（金融工作局（14件）` → label, lead unit, count.
    private func group(from heading: String, line: Int, reader: inout UnitListReader) throws -> Group {
        let close = heading.firstIndex(of: "）")!
        let body = heading[heading.index(after: close)...].dropLast(2)
        guard let open = body.lastIndex(of: "（"), let count = Int(body[body.index(after: open)...]) else {
            throw LocatedError(file: reader.file, line: line, message: "unreadable group heading “\(SafeText.excerpt(heading))”")
        }
        let written = String(body[..<open])
        let units = reader.units(written, line: line)
        guard units.count == 1 else {
            throw LocatedError(file: reader.file, line: line, message: "group heading “\(SafeText.excerpt(heading))” names \(units.count) units")
        }
        return Group(label: String(heading[...close]) + units[0], unit: units[0], count: count, line: line)
    }

    /// Proposers one a line; an organisation's name that wraps (民革利通区 / 总支) is joined again.
    static func proposers(_ fragments: [String]) -> [String] {
        let organisationMarks = ["民革", "民盟", "民进", "农工", "九三", "致公", "台盟", "工商联", "党"]
        var names: [String] = []
        for fragment in fragments.map(Directory.normalise) where !fragment.isEmpty {
            if let last = names.last {
                let lastIsOrganisation = organisationMarks.contains { last.contains($0) }
                let lastComplete = last.hasSuffix("总支") || last.hasSuffix("委员会") || last.hasSuffix("支部")
                if (lastIsOrganisation && !lastComplete) || fragment.hasPrefix("委员会") {
                    names[names.count - 1] += fragment
                    continue
                }
            }
            names.append(fragment)
        }
        return names
    }
}
