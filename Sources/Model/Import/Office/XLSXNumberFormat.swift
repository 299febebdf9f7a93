import Foundation

/// What a cell's number format makes of its number, as far as a ledger needs it: a date or
/// time (as ISO text), a percentage, or the number as Excel's General format shows it.
enum XLSXNumberFormat: Equatable {
    case general
    case date(ExcelDate.Shown)
    case percent(decimals: Int)

    /// The built-in format `id`, which a workbook uses without writing its code: dates 14–17,
    /// 22, 27–31, 36, 50–54, 57, 58 (the Chinese and Japanese ones among them), times 18–21,
    /// 32–35, 45–47, 55, 56, percentages 9 and 10.
    static func builtIn(_ id: Int) -> XLSXNumberFormat {
        switch id {
        case 14...17, 27...31, 36, 50...54, 57, 58: .date(.date)
        case 22: .date(.dateAndTime(seconds: false))
        case 18, 20, 32, 34, 55: .date(.time(seconds: false))
        case 19, 21, 33, 35, 45...47, 56: .date(.time(seconds: true))
        case 9: .percent(decimals: 0)
        case 10: .percent(decimals: 2)
        default: .general
        }
    }

    /// A custom format's code (`yyyy"年"m"月"d"日"`, `0.0%`): a date when it has y, m or d
    /// outside quotes and brackets, a time when h or s, a percentage when `%`.
    init(code: String) {
        var letters = Set<Character>()
        var decimals: Int?
        var inFirstSection = true
        var skipNext = false, quoted = false, bracketed = false
        for character in code {
            if skipNext {
                skipNext = false
            } else if quoted {
                quoted = character != "\""
            } else if bracketed {
                bracketed = character != "]"
            } else {
                switch character {
                case "\"": quoted = true
                case "[": bracketed = true
                case "\\", "_", "*": skipNext = true
                case ";": inFirstSection = false
                case "." where inFirstSection: decimals = 0
                case "0", "#", "?": if inFirstSection, let places = decimals { decimals = places + 1 }
                default: letters.insert(Character(character.lowercased()))
                }
            }
        }
        let time = letters.contains("h") || letters.contains("s")
        let date = letters.contains("y") || letters.contains("d") || (letters.contains("m") && !time)
        let seconds = letters.contains("s")
        switch (date, time) {
        case (true, true): self = .date(.dateAndTime(seconds: seconds))
        case (true, false): self = .date(.date)
        case (false, true): self = .date(.time(seconds: seconds))
        case (false, false): self = letters.contains("%") ? .percent(decimals: decimals ?? 0) : .general
        }
    }

    /// `value`, a cell's `<v>`, as this format shows it; a value that is no number is given as written.
    func text(_ value: String, system: ExcelDate.System) -> String {
        guard let number = Double(value), number.isFinite else { return value }
        switch self {
        case .general: return Self.general(number)
        case .date(let shown): return ExcelDate.text(serial: number, system: system, shown: shown) ?? Self.general(number)
        case .percent(let decimals): return String(format: "%.\(decimals)f%%", number * 100)
        }
    }

    /// A number as Excel's General format shows it: whole numbers without a point (`1`, not
    /// `1.0`), others to Excel's 15 significant digits (`0.3` for 0.30000000000000004).
    static func general(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(format: "%.15G", number)
    }
}
