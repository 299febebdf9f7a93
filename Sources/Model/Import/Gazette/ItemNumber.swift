/// The number a task's line begins with, in any of the forms plans use: `1.` `1．` `1、`
/// `（1）` `(1)` `1)` `1）`.
struct ItemNumber: Equatable {
    /// How the number is written: items of one style form a list (`1.` `2、` `3．` mix freely);
    /// the other style inside a task's text (its sub-points) is text.
    enum Style: Hashable {
        /// `1.` `1．` `1、` `1)` `1）`.
        case plain
        /// `（1）` `(1)`.
        case bracketed
    }

    var number: Int
    var style: Style
    /// The line's text after the number.
    var rest: String

    init?(_ text: String) {
        let line = Substring(text.drop { $0 == " " })
        if let first = line.first, first == "（" || first == "(" {
            let inner = line.dropFirst().drop { $0 == " " }
            let digits = inner.prefix(while: \.isASCIIDigit)
            let after = inner.dropFirst(digits.count).drop { $0 == " " }
            guard (1...3).contains(digits.count), let close = after.first, close == "）" || close == ")" else { return nil }
            self.init(number: Int(digits)!, style: .bracketed, rest: after.dropFirst())
            return
        }
        let digits = line.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count).drop { $0 == " " }
        guard let mark = after.first else { return nil }
        let rest = after.dropFirst()
        switch mark {
        case ".", "．":
            // 3.5亿元 is a decimal, not item 3.
            if let next = rest.first, next.isASCIIDigit { return nil }
            self.init(number: Int(digits)!, style: .plain, rest: rest)
        case "、":
            self.init(number: Int(digits)!, style: .plain, rest: rest)
        case ")", "）":
            self.init(number: Int(digits)!, style: .plain, rest: rest)
        default:
            return nil
        }
    }

    private init(number: Int, style: Style, rest: Substring) {
        self.number = number
        self.style = style
        self.rest = String(rest.drop { $0 == " " })
    }
}
