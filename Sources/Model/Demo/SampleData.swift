import Foundation
import ModelCore
import ModelImport
import ModelRead
import ModelStore

/// The bundled sample: the 2020 gazette of 利通区, and the demo date a store seeded with it opens at.
///
/// The plan is from 2020; at today's date every task would be overdue and the demo would teach
/// nothing, so a seeded store keeps `demo_today` = 2020-07-01, halfway through the plan's year.
public enum SampleData {
    public static let fileName = "litong-gazette-2020-no1.txt"
    public static let demoToday = Day(year: 2020, month: 7, day: 1)!

    public static func gazette() throws -> ParsedImport {
        try Importer.parse(PackageResources.sample_gazette_txt, file: "bundled " + fileName, format: .gazette)
    }

    /// Fills an empty store with the sample and marks it with the demo date; a store that holds
    /// tasks is left alone. Returns whether it seeded.
    @discardableResult
    public static func seedIfEmpty(_ store: TaskStore) throws -> Bool {
        guard try store.isEmpty else { return false }
        _ = try store.apply(try gazette().batch)
        try store.setSetting(Today.demoTodayKey, demoToday.description)
        return true
    }
}
