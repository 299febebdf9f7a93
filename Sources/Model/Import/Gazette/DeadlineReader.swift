/// Reads deadlines written in Chinese: `2020年 5 月底`, `9月15日前`, `11月末`.
enum DeadlineReader {
    /// The latest date stated in `text`, in `year` unless the text names one; nil when none.
    static func latestDate(in text: String, year: Int) -> Day? {
        dates(in: text, year: year).max()
    }

    /// Every date stated in `text`, in the order written, in `year` unless the text names one.
    static func dates(in text: String, year: Int) -> [Day] {
        let chars = Array(text.filter { !$0.isWhitespace })
        var found: [Day] = []
        var index = 0
        while index < chars.count {
            guard let (month, afterMonth) = number(in: chars, at: index), afterMonth < chars.count, chars[afterMonth] == "月",
                  (1...12).contains(month) else {
                index += 1
                continue
            }
            let statedYear = yearBefore(chars, index) ?? year
            let next = afterMonth + 1
            if next < chars.count, chars[next] == "底" || chars[next] == "末" {
                if let day = Day.endOfMonth(year: statedYear, month: month) { found.append(day) }
            } else if let (day, afterDay) = number(in: chars, at: next), afterDay < chars.count, chars[afterDay] == "日",
                      afterDay + 1 < chars.count, chars[afterDay + 1] == "前",
                      let date = Day(year: statedYear, month: month, day: day) {
                found.append(date)
            }
            index = afterMonth
        }
        return found
    }

    private static func number(in chars: [Character], at start: Int) -> (Int, Int)? {
        var end = start
        while end < chars.count, end - start < 2, chars[end].isASCIIDigit { end += 1 }
        guard end > start, start == 0 || !chars[start - 1].isASCIIDigit else { return nil }
        return (Int(String(chars[start..<end]))!, end)
    }

    /// `2020年` directly before a month.
    private static func yearBefore(_ chars: [Character], _ monthStart: Int) -> Int? {
        guard monthStart >= 5, chars[monthStart - 1] == "年" else { return nil }
        let digits = chars[(monthStart - 5)..<(monthStart - 1)]
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(String(digits))
    }
}
