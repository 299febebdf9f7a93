/// A document number (文号) as a line of its own: the issuing office's series, the year in brackets,
/// the number and 号 — `吴利政办发〔2021〕6号`, `利党办发〔2021〕 12 号`, `吴政办发[2023]9号`, with
/// stray spaces anywhere and the brackets a bad PDF dump leaves (〔〕 [] () （） 【】).
struct DocumentNumber: Hashable, Sendable {
    var series: String
    var year: Int
    var number: Int

    /// `吴利政办发〔2021〕6号`: the name a document is known by, brackets normalised.
    var name: String { "\(series)〔\(year)〕\(number)号" }

    private static let opening: Set<Character> = ["〔", "[", "(", "（", "【", "［"]
    private static let closing: Set<Character> = ["〕", "]", ")", "）", "】", "］"]

    /// The number a line consists of, or nil: the line must hold the number and nothing else, so
    /// a number cited inside a sentence (（宁政办规发〔2020〕2 号）精神) is not a document's start.
    init?(line: String) {
        let compact = Array(line.filter { !$0.isWhitespace })
        guard compact.count <= 32, compact.last == "号",
            let open = compact.firstIndex(where: Self.opening.contains),
            let close = compact.firstIndex(where: Self.closing.contains), open < close, close - open == 5
        else { return nil }
        let series = compact[..<open]
        // A series is a few Chinese characters ending in 发, 函, 字, 文… — no digits, no punctuation.
        guard (2...12).contains(series.count), series.allSatisfy(TextCleanup.isHan),
            let year = Int(String(compact[(open + 1)..<close])), (1949...2200).contains(year)
        else { return nil }
        let digits = compact[(close + 1)..<(compact.count - 1)]
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let number = Int(String(digits)) else { return nil }
        self.series = String(series)
        self.year = year
        self.number = number
    }
}
