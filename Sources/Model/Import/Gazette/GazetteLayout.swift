/// Where each document of a gazette issue starts and ends, found by its number line
/// (`吴利政办发〔2020〕2 号`, spaces and all).
struct GazetteLayout {
    /// One document's lines, from its number line to the line before the next document's.
    struct Region {
        var series: String
        var year: Int
        var number: Int
        var lines: ArraySlice<SourceLine>
        /// Whether another document follows, so this one is known to be whole.
        var followed: Bool

        /// `吴利政办发〔2020〕2号`.
        var name: String { "\(series)〔\(year)〕\(number)号" }
    }

    let regions: [Region]

    init(_ text: GazetteText) {
        var starts: [(index: Int, series: String, year: Int, number: Int)] = []
        for (index, line) in text.lines.enumerated() {
            if let parsed = GazetteLayout.documentNumber(line.text) {
                starts.append((index, parsed.series, parsed.year, parsed.number))
            }
        }
        let firstLines = starts.map { GazetteLayout.headerStart(before: $0.index, in: text) }
        regions = starts.enumerated().map { i, start in
            let end = i + 1 < starts.count ? firstLines[i + 1] : text.lines.count
            return Region(series: start.series, year: start.year, number: start.number,
                          lines: text.lines[firstLines[i]..<end], followed: i + 1 < starts.count)
        }
    }

    func region(number: Int) -> Region? {
        regions.first { $0.series == "吴利政办发" && $0.number == number }
    }

    /// `吴利政办发〔2020〕2 号` alone on its line → (吴利政办发, 2020, 2).
    static func documentNumber(_ text: String) -> (series: String, year: Int, number: Int)? {
        let compact = text.filter { !$0.isWhitespace }
        guard let open = compact.firstIndex(of: "〔"), let close = compact.firstIndex(of: "〕"), open < close,
              compact.hasSuffix("号") else { return nil }
        let series = String(compact[..<open])
        guard !series.isEmpty, series.allSatisfy({ !$0.isASCII }),
              let year = Int(compact[compact.index(after: open)..<close]),
              let number = Int(compact[compact.index(after: close)..<compact.index(before: compact.endIndex)]) else { return nil }
        return (series, year, number)
    }

    /// A document's number line is preceded by the issuing office and the title (关于…的通知):
    /// those lines belong to it, not to the document before.
    private static func headerStart(before numberLine: Int, in text: GazetteText) -> Int {
        var index = numberLine
        while index > 0, numberLine - index < 6 {
            let previous = text.lines[index - 1].text
            index -= 1
            if previous.hasSuffix("人民政府办公室") { return index }
        }
        return numberLine
    }
}
