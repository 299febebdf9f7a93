/// The documents a file holds, each found by its number line (文号) with the title and issuing
/// office around it — one document with no gazette furniture, or many in any order. Nothing here
/// knows a particular document: a document is where a 文号 line is.
struct DocumentLayout {
    /// One document's lines, from its header to the line before the next document's header.
    struct Region {
        var number: DocumentNumber
        /// The line the 文号 stands on.
        var numberLine: Int
        var title: String
        var lines: ArraySlice<SourceLine>
        /// Whether another document follows, so this one is known to end where it ends.
        var followed: Bool

        var name: String { number.name }
        var year: Int { number.year }
    }

    let regions: [Region]

    init(_ text: GazetteText) {
        let lines = text.lines
        let numbers = lines.indices.compactMap { index in DocumentNumber(line: lines[index].text).map { (index, $0) } }
        let headers = numbers.map { Self.header(around: $0.0, in: lines) }
        regions = numbers.indices.map { i in
            let end = i + 1 < numbers.count ? headers[i + 1].start : lines.count
            return Region(
                number: numbers[i].1, numberLine: lines[numbers[i].0].number, title: headers[i].title,
                lines: lines[headers[i].start..<end], followed: i + 1 < numbers.count)
        }
    }

    /// Where a document's header starts, and its title. A gazette prints office and title above the
    /// number (吴忠市利通区人民政府办公室 / 关于印发…的 / 通知 / 吴利政办发〔2021〕6号); a 公文 as issued
    /// prints the number first and the title below it. The title is the run of lines that begins
    /// with (or holds, after the office's name) 关于 and ends in the kind of document (通知, 意见 …).
    private static func header(around numberIndex: Int, in lines: [SourceLine]) -> (start: Int, title: String) {
        var start = numberIndex
        for back in 1...6 where numberIndex - back >= 0 {
            let text = lines[numberIndex - back].text
            if endsSentence(text) || isSignature(text) || isIssuingOffice(text) { break }
            if opensTitle(text) {
                start = numberIndex - back
                break
            }
        }
        // A title quoting another (关于贯彻落实《自治区关于…》) holds 关于 on two lines.
        while start < numberIndex, start > 0, opensTitle(lines[start - 1].text), !endsSentence(lines[start - 1].text),
            numberIndex - start < 6
        {
            start -= 1
        }
        if start < numberIndex {
            let title = TextCleanup.tidy(lines[start..<numberIndex].map(\.text).joined())
            if start > 0, isIssuingOffice(lines[start - 1].text) { start -= 1 }
            return (start, title)
        }
        var after = numberIndex + 1
        var titleLines: [String] = []
        while after < lines.count, after - numberIndex <= 4, !lines[after].text.hasSuffix("："), !lines[after].text.hasSuffix(":") {
            if titleLines.isEmpty && !opensTitle(lines[after].text) { break }
            titleLines.append(lines[after].text)
            after += 1
        }
        if numberIndex > 0, isIssuingOffice(lines[numberIndex - 1].text) { start -= 1 }
        return (start, TextCleanup.tidy(titleLines.joined()))
    }

    /// 关于印发…, or 利通区人民政府办公室关于…: the first line of a title.
    static func opensTitle(_ text: String) -> Bool {
        guard let about = text.range(of: "关于") else { return false }
        return text.distance(from: text.startIndex, to: about.lowerBound) <= 20
    }

    /// A line that ends a sentence (。；：) is body text, never part of a header.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return "。；;：:！？".contains(last)
    }

    /// The issuing office above a title: a short line of the office's name, no punctuation.
    static func isIssuingOffice(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        guard (4...30).contains(compact.count), compact.allSatisfy(TextCleanup.isHan) else { return false }
        return ["办公室", "人民政府", "委员会", "办公厅", "政府", "文件", "局", "委", "部"].contains { compact.hasSuffix($0) }
    }

    /// The signature's date (2020年 1 月 20 日) or the publication mark (（此件公开发布）).
    static func isSignature(_ text: String) -> Bool {
        SignatureBlock.isDate(text) || SignatureBlock.isPublicationMark(text)
    }
}
