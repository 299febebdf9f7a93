import Foundation

/// The one text form of instants in the store: ISO-8601 in UTC with whole seconds, `2020-06-28T10:12:00Z`.
package enum ISOTimestamp {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// The instant rounded down to a whole second, so that it survives a write and a read unchanged.
    package static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    package static func text(_ date: Date) -> String {
        exactText(truncated(date)) ?? style.format(truncated(date))
    }

    /// Writes `YYYY-MM-DDTHH:MM:SSZ` for the years 1970–9999 without the general formatter,
    /// which an import and a snapshot pay once a task; nil outside them.
    private static func exactText(_ date: Date) -> String? {
        let seconds = Int(date.timeIntervalSince1970)
        guard seconds >= 0, seconds < 253_402_300_800 else { return nil }
        let day = Day(daysSinceEpoch: seconds / 86_400)
        let time = seconds % 86_400
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 20)
        func put(_ value: Int, at end: Int, width: Int) {
            var value = value
            for index in stride(from: end - 1, through: end - width, by: -1) {
                bytes[index] += UInt8(value % 10)
                value /= 10
            }
        }
        put(day.year, at: 4, width: 4)
        put(day.month, at: 7, width: 2)
        put(day.day, at: 10, width: 2)
        put(time / 3_600, at: 13, width: 2)
        put(time / 60 % 60, at: 16, width: 2)
        put(time % 60, at: 19, width: 2)
        for (index, byte) in [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "Z")] as [(Int, Unicode.Scalar)] {
            bytes[index] = UInt8(ascii: byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { date(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// The instant these UTF-8 bytes spell, as a store's column holds them.
    package static func date(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
        exactDate(bytes) ?? (try? style.parse(String(decoding: bytes, as: UTF8.self)))
    }

    /// Reads the form `text(_:)` writes, `YYYY-MM-DDTHH:MM:SSZ`, without the general parser,
    /// which costs microseconds per call: a large store has a timestamp on every task.
    private static func exactDate(_ bytes: UnsafeRawBufferPointer) -> Date? {
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let day = Day(utf8: bytes[0..<10]),
            let hour = Day.number(bytes[11..<13]), let minute = Day.number(bytes[14..<16]),
            let second = Day.number(bytes[17..<19]), hour < 24, minute < 60, second < 60
        else { return nil }
        let seconds = (day.daysSinceEpoch * 24 + hour) * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
