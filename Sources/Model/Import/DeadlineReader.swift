import ModelCore

/// Reads deadlines written in Chinese: `2020年 5 月底`, `9月15日前`, `11月末`; and, in a deadline
/// field, also `11月30日`, `2021.9.30`, `2021/9/30`, `9月份`, `年底`, `上半年`, `三季度末`.
enum DeadlineReader {
    /// The latest date stated in `text`, in `year` unless the text names one; nil when none.
    static func latestDate(in text: String, year: Int) -> Day? {
        dates(in: text, year: year).max()
    }

    /// The date a notice sets for the work to be finished: the latest in a clause that speaks of
    /// finishing or of reporting on the work (在9月15日前办理答复完毕, 于12月15日前将落实情况报…) —
    /// not one that asks for a liaison by a date (于3月25日前确定一名联络人并上报).
    static func completionDate(inNotice text: String, year: Int) -> Day? {
        let sentences = text.filter { !$0.isWhitespace }.split(whereSeparator: { "。；;".contains($0) })
        let finishing = sentences.filter { sentence in
            (sentence.contains("情况") && sentence.contains("报")) || ["书面报告", "完毕", "完成", "办结"].contains { sentence.contains($0) }
        }
        let clauses = finishing.flatMap { $0.split(whereSeparator: { "，,".contains($0) }) }.filter { !$0.contains("联络人") }
        return clauses.flatMap { dates(in: String($0), year: year) }.max()
    }

    /// 长期坚持, 持续推进, 常态化: a field that states on purpose that there is no date.
    static func isOpenEnded(_ text: String) -> Bool {
        ["长期", "持续", "常态", "经常", "按时序", "按进度"].contains { text.includes($0) }
    }

    /// A ledger's or an export's deadline cell that states no date of the task's own: the
    /// open-ended words, and 全年 (the whole year's work, which a gazette's field reads as 年底).
    static func statesNoDate(_ text: String) -> Bool {
        isOpenEnded(text) || text.includes("全年")
    }

    /// The deadline a 完成时限 field states: the latest date it names in any of the forms a
    /// field uses; nil for 长期坚持, 持续推进 and anything else without a date.
    static func deadline(inField text: String, year: Int) -> Day? {
        let compact = text.filter { !$0.isWhitespace }
        var found = dates(in: compact, year: year, loose: true) + numericDates(in: compact)
        let statedYear = Self.statedYear(in: compact) ?? year
        let periods: [(words: [String], month: Int)] = [
            (["一季度", "第一季度"], 3), (["上半年", "二季度", "第二季度"], 6), (["三季度", "第三季度"], 9),
            (["四季度", "第四季度", "下半年", "年底", "年末", "年内", "全年", "年度内"], 12)
        ]
        for period in periods where period.words.contains(where: compact.contains) {
            if let day = Day.endOfMonth(year: statedYear, month: period.month) { found.append(day) }
        }
        return found.max()
    }

    /// Every date stated in `text`, in the order written, in `year` unless the text names one.
    /// `loose` also takes a bare `9月15日` and `9月`/`9月份` (the end of the month), as a deadline
    /// field writes them; running text needs 底, 末 or 日前 to make a date a deadline.
    static func dates(in text: String, year: Int, loose: Bool = false) -> [Day] {
        let chars = Array(text.filter { !$0.isWhitespace })
        var found: [Day] = []
        var index = 0
        while index < chars.count {
            guard let (month, afterMonth) = number(in: chars, at: index), afterMonth < chars.count, chars[afterMonth] == "月",
                (1...12).contains(month)
            else {
                index += 1
                continue
            }
            let statedYear = yearBefore(chars, index) ?? year
            let next = afterMonth + 1
            if next < chars.count, chars[next] == "底" || chars[next] == "末" {
                if let day = Day.endOfMonth(year: statedYear, month: month) { found.append(day) }
            } else if let (day, afterDay) = number(in: chars, at: next), afterDay < chars.count, chars[afterDay] == "日",
                loose || (afterDay + 1 < chars.count && chars[afterDay + 1] == "前"),
                let date = Day(year: statedYear, month: month, day: day)
            {
                found.append(date)
            } else if loose, number(in: chars, at: next) == nil, let day = Day.endOfMonth(year: statedYear, month: month) {
                found.append(day)
            }
            index = afterMonth
        }
        return found
    }

    /// `2021.9.30`, `2021/9/30`, `2021-09-30`.
    private static func numericDates(in compact: String) -> [Day] {
        var found: [Day] = []
        let chars = Array(compact)
        var index = 0
        while index + 4 <= chars.count {
            guard chars[index..<(index + 4)].allSatisfy(\.isASCIIDigit), index == 0 || !chars[index - 1].isASCIIDigit,
                index + 4 < chars.count, ".／/-".contains(chars[index + 4])
            else {
                index += 1
                continue
            }
            let separator = chars[index + 4]
            let parts = String(chars[index...].prefix { $0.isASCIIDigit || $0 == separator }).split(separator: separator)
            if parts.count >= 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                let date = Day(year: year, month: month, day: day)
            {
                found.append(date)
            }
            index += 5
        }
        return found
    }

    private static func number(in chars: [Character], at start: Int) -> (Int, Int)? {
        var end = start
        while end < chars.count, end - start < 2, chars[end].isASCIIDigit { end += 1 }
        guard end > start, start == 0 || !chars[start - 1].isASCIIDigit else { return nil }
        return (Int(String(chars[start..<end]))!, end)
    }

    /// `2021年`, the first year a field names.
    static func statedYear(in compact: String) -> Int? {
        let chars = Array(compact)
        for index in chars.indices where chars[index] == "年" && index >= 4 {
            let digits = chars[(index - 4)..<index]
            if digits.allSatisfy(\.isASCIIDigit) { return Int(String(digits)) }
        }
        return nil
    }

    /// `2020年` directly before a month.
    private static func yearBefore(_ chars: [Character], _ monthStart: Int) -> Int? {
        guard monthStart >= 5, chars[monthStart - 1] == "年" else { return nil }
        let digits = chars[(monthStart - 5)..<(monthStart - 1)]
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(String(digits))
    }
}
