/// Numbers in Chinese and Japanese counting, and the heavenly stems, as Word's list formats write them.
enum WordCJKNumerals {
    private static let digits: [String] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let units: [(value: Int, name: String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    private static let stems: [String] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]

    /// 一 … 十, 十一, 二十, 二十一, 一百, 一百零一, 一千零一十: Chinese counting (1–9999; decimal beyond).
    static func chinese(_ number: Int) -> String {
        guard (1...9999).contains(number) else { return number == 0 ? digits[0] : String(number) }
        var text = ""
        var zeroPending = false
        for unit in units {
            let digit = number / unit.value % 10
            if digit == 0 {
                zeroPending = !text.isEmpty
                continue
            }
            if zeroPending { text += "零" }
            zeroPending = false
            if !(unit.value == 10 && digit == 1 && text.isEmpty) { text += digits[digit] }
            text += unit.name
        }
        return text
    }

    /// 一 … 十, 十一, 二十, 百, 百一, 千: Japanese counting, with no 一 before 十, 百 or 千 and no zero (1–9999).
    static func japanese(_ number: Int) -> String {
        guard (1...9999).contains(number) else { return number == 0 ? digits[0] : String(number) }
        var text = ""
        for unit in units {
            let digit = number / unit.value % 10
            if digit == 0 { continue }
            if digit != 1 || unit.value == 1 { text += digits[digit] }
            text += unit.name
        }
        return text
    }

    /// 甲, 乙, 丙 … 癸 for 1–10; decimal beyond.
    static func heavenlyStem(_ number: Int) -> String {
        (1...10).contains(number) ? stems[number - 1] : String(number)
    }
}
