import ModelCore

/// Excel's dates: a number of days since the workbook's epoch, its fraction the time of day,
/// shown as ISO 8601 text (`2020-09-30`, `2020-09-30T14:30`, `14:30:05`), whose date the deadline
/// reader reads (with a space before the time, it would read the day and hour as one number).
enum ExcelDate {
    /// The workbook's date system (`workbookPr date1904`).
    enum System {
        /// Serial 1 is 1900-01-01, and serial 60 the 1900-02-29 that Lotus 1-2-3 believed in and Excel keeps.
        case from1900
        /// Serial 0 is 1904-01-01 (old Excel for the Mac).
        case from1904
    }

    /// What a date format shows of a serial.
    enum Shown: Equatable {
        case date
        case dateAndTime(seconds: Bool)
        case time(seconds: Bool)
    }

    /// The last day Excel shows, 9999-12-31, as a 1900 serial.
    static let lastSerial = 2_958_465.0

    /// `serial` as Excel shows its date or time in ISO order; nil for a serial Excel cannot show as a date (negative, past 9999).
    static func text(serial: Double, system: System, shown: Shown) -> String? {
        guard serial.isFinite, serial >= 0, serial < lastSerial + 1 else { return nil }
        let totalSeconds = Int((serial * 86400).rounded())
        let whole = totalSeconds / 86400, seconds = totalSeconds % 86400
        let time = clock(seconds, showsSeconds: shown == .time(seconds: true) || shown == .dateAndTime(seconds: true))
        switch shown {
        case .time: return time
        case .date: return day(whole, system: system)
        case .dateAndTime: return day(whole, system: system) + "T" + time
        }
    }

    /// The day of serial `whole`, as Excel shows it: 1900-02-29 for 60, 1900-01-00 for 0.
    static func day(_ whole: Int, system: System) -> String {
        switch system {
        case .from1900 where whole == 0: return "1900-01-00"
        case .from1900 where whole == 60: return "1900-02-29"
        case .from1900 where whole < 60: return iso(daysSince1970: whole - 25568)
        case .from1900: return iso(daysSince1970: whole - 25569)
        case .from1904: return iso(daysSince1970: whole - 24107)
        }
    }

    private static func clock(_ seconds: Int, showsSeconds: Bool) -> String {
        let parts = [seconds / 3600, seconds / 60 % 60] + (showsSeconds ? [seconds % 60] : [])
        return parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// The civil date `days` after 1970-01-01, `YYYY-MM-DD`.
    private static func iso(daysSince1970 days: Int) -> String {
        Day(daysSinceEpoch: days).description
    }
}
