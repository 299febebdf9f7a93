import Foundation
import ModelCore
import ModelStore

/// The date "overdue" is measured against, and where it came from.
public struct Today: Equatable, Sendable {
    /// Where the date came from, so the dashboard can mark a demo date as such.
    public enum Source: Equatable, Sendable {
        case option
        case demo
        case clock
    }

    /// The setting that fixes "today" for a demo store (the bundled sample's 2020-07-01).
    public static let demoTodayKey = "demo_today"

    public var day: Day
    public var source: Source

    public init(day: Day, source: Source) {
        self.day = day
        self.source = source
    }

    /// `--today` wins, then the store's demo date, then the clock.
    public static func resolve(option: Day?, store: TaskStore, now: Date = Date()) throws -> Today {
        if let option { return Today(day: option, source: .option) }
        if let stored = try store.setting(demoTodayKey), let day = Day(stored) {
            return Today(day: day, source: .demo)
        }
        return Today(day: Day.today(now: now), source: .clock)
    }
}
