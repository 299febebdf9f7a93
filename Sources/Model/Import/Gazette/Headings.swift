/// Recognises the numbering of a plan: chapters `一、`, sections `（一）`, items `12.`.
enum Headings {
    private static let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// `一` → 1, `十二` → 12, `二十` → 20; nil for anything else.
    static func chineseNumber(_ text: Substring) -> Int? {
        if text == "十" { return 10 }
        if text.count == 1 { return digits[text.first!] }
        if text.count == 2, text.first == "十" { return digits[text.last!].map { 10 + $0 } }
        if text.count == 2, text.last == "十" { return digits[text.first!].map { $0 * 10 } }
        if text.count == 3, text.dropFirst().first == "十", let tens = digits[text.first!], let ones = digits[text.last!] {
            return tens * 10 + ones
        }
        return nil
    }

    private static func leadingNumerals(_ text: Substring) -> Substring {
        text.prefix { digits[$0] != nil || $0 == "十" }
    }

    /// `三、转方式调结构` → (3, rest).
    static func chapter(_ text: String) -> Int? {
        let numerals = leadingNumerals(text[...])
        guard !numerals.isEmpty, text.dropFirst(numerals.count).first == "、" else { return nil }
        return chineseNumber(numerals)
    }

    /// `（一）精心谋划抓项目` or `(一)` → 1.
    static func section(_ text: String) -> Int? {
        let trimmed = text.drop { $0.isWhitespace }
        guard let open = trimmed.first, open == "（" || open == "(" else { return nil }
        let inner = trimmed.dropFirst().drop { $0.isWhitespace }
        let numerals = leadingNumerals(inner)
        guard !numerals.isEmpty else { return nil }
        let close = inner.dropFirst(numerals.count).drop { $0.isWhitespace }.first
        guard close == "）" || close == ")" else { return nil }
        return chineseNumber(numerals)
    }

    /// `12.全力抓好…` or `3 .建立…` → (12, text after the dot). A decimal such as `3.5亿元` is not an item.
    static func item(_ text: String) -> (number: Int, rest: String)? {
        let numberDigits = text.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(numberDigits.count), let number = Int(numberDigits) else { return nil }
        var rest = text.dropFirst(numberDigits.count).drop { $0 == " " }
        guard let dot = rest.first, dot == "." || dot == "．" else { return nil }
        rest = rest.dropFirst()
        if let next = rest.first, next.isASCIIDigit { return nil }
        return (number, String(rest.drop { $0 == " " }))
    }
}
