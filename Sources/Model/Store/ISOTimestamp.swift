import Foundation

/// The one text form of instants in the store: ISO-8601 in UTC with whole seconds, `2020-06-28T10:12:00Z`.
enum ISOTimestamp {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// The instant rounded down to a whole second, so that it survives a write and a read unchanged.
    static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    static func text(_ date: Date) -> String {
        style.format(truncated(date))
    }

    static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }
}
