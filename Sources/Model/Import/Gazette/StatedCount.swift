import ModelCore

/// The number of tasks a document says it has — `共30项`, `共24条`, or a count in its title
/// (稳增长二十四条意见, 十条措施) — checked against the tasks read when the document has one list.
/// Short where the file ends, the file was cut; short inside a gazette, worth a warning.
enum StatedCount {
    static func check(
        region: DocumentLayout.Region, notice: String, found: [DocumentReader.Found], file: String,
        reader: inout UnitListReader
    ) throws {
        guard found.count == 1, let list = found.first, list.kind != .motions, list.kind != .proposals,
            let stated = count(title: region.title, notice: notice)
        else { return }
        let read = list.tasks.count
        guard read != stated.count else { return }
        if !region.followed && read < stated.count {
            let last = region.lines.last?.number ?? region.numberLine
            throw LocatedError(
                file: file, line: last,
                message: "\(region.name) states \(stated.words) but the file ends with \(read) after line \(last) (cut off?)")
        }
        reader.warn("\(region.name) states \(stated.words); \(read) tasks were read", line: region.numberLine)
    }

    /// The count and how the document wrote it.
    static func count(title: String, notice: String) -> (count: Int, words: String)? {
        let compactNotice = notice.filter { !$0.isWhitespace }
        for unit in ["项", "条", "件"] {
            if let found = number(after: "共", before: unit, in: compactNotice) { return found }
        }
        let compactTitle = title.filter { !$0.isWhitespace }
        for unit in ["条", "项"] {
            if let found = number(after: nil, before: unit, in: compactTitle) { return found }
        }
        return nil
    }

    /// `共30项`, `共 二十四 条`, or (with no lead word) `二十四条` anywhere in the text.
    private static func number(after lead: String?, before unit: String, in text: String) -> (count: Int, words: String)? {
        let chars = Array(text)
        for index in chars.indices where String(chars[index]) == unit {
            var start = index
            while start > 0, chars[start - 1].isASCIIDigit || "一二三四五六七八九十百".contains(chars[start - 1]) { start -= 1 }
            guard start < index else { continue }
            // 共30项, or 共3个方面16项: the lead word within the same clause, a few characters before.
            if let lead {
                let before = chars[max(0, start - 10)..<start]
                guard let at = before.lastIndex(where: { String($0) == lead }),
                    !chars[at..<start].contains(where: { "，。；,;、".contains($0) })
                else { continue }
            }
            let written = String(chars[start..<index])
            let value = written.allSatisfy(\.isASCIIDigit) ? Int(written) : Headings.chineseNumber(Substring(written))
            if let value, value > 1 { return (value, (lead ?? "") + written + unit) }
        }
        return nil
    }
}
