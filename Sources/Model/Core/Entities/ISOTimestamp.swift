import Foundation

/// The one text form of instants in the store: ISO-8601 in UTC with whole seconds, `2020-06-28T10:12:00Z`.
package enum ISOTimestamp {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// The instant rounded down to a whole second, so that it survives a write and a read unchanged.
    package static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    package static func text(_ date: Date) -> String {
        style.format(truncated(date))
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
