import Foundation

/// A string as a workbook stores it, made into the text Excel shows: `_x000D_`-style escapes
/// (`_xHHHH_`, a UTF-16 unit; `_x005F_` an underscore that would otherwise start one) decoded, and
/// every line break, `\r\n` or `\r`, made `\n`.
enum XLSXText {
    static func decoded(_ stored: String) -> String {
        guard stored.utf8.contains(UInt8(ascii: "_")) || stored.utf8.contains(UInt8(ascii: "\r")) else { return stored }
        let units = Array(stored.utf16)
        var decoded: [UInt16] = []
        decoded.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escape(in: units, at: index) {
                decoded.append(unit)
                index += 7
            } else {
                decoded.append(units[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF16.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }

    /// The unit `_xHHHH_` at `index` stands for.
    private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
        guard index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(index + 2)...(index + 5)] {
            guard let digit = Character(Unicode.Scalar(unit) ?? "_").hexDigitValue else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
