import Foundation
import ModelCore
import ModelImport

/// The bundled sample: the 2020 gazette of 利通区, and the demo date a store seeded with it opens at.
///
/// The plan is from 2020; at today's date every task would be overdue and the demo would teach
/// nothing, so a seeded store keeps `demo_today` = 2020-07-01, halfway through the plan's year.
public enum SampleData {
    public static let fileName = "litong-gazette-2020-no1.txt"
    public static let demoToday = Day(year: 2020, month: 7, day: 1)!
    /// The setting that fixes "today" for a demo store.
    public static let demoTodayKey = "demo_today"

    public static func gazette() throws -> ParsedImport {
        try Importer.parse(PackageResources.sample_gazette_txt, file: "bundled " + fileName, format: .gazette)
    }

    /// Fills an empty store with the sample and marks it with the demo date; a store that holds
    /// tasks is left alone. Returns whether it seeded.
    @discardableResult
    public static func seedIfEmpty(_ store: TaskStore) throws -> Bool {
        guard try store.isEmpty else { return false }
        _ = try store.apply(try gazette().batch)
        try store.setSetting(demoTodayKey, demoToday.description)
        return true
    }
}

/// The date "overdue" is measured against, and where it came from.
public struct Today: Equatable, Sendable {
    /// Where the date came from, so the dashboard can mark a demo date as such.
    public enum Source: Equatable, Sendable {
        case option
        case demo
        case clock
    }

    public var day: Day
    public var source: Source

    public init(day: Day, source: Source) {
        self.day = day
        self.source = source
    }

    /// `--today` wins, then the store's demo date, then the clock.
    public static func resolve(option: Day?, store: TaskStore, now: Date = Date()) throws -> Today {
        if let option { return Today(day: option, source: .option) }
        if let stored = try store.setting(SampleData.demoTodayKey), let day = Day(stored) {
            return Today(day: day, source: .demo)
        }
        return Today(day: Day.today(now: now), source: .clock)
    }
}
