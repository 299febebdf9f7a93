import Foundation
import Testing

@testable import DashboardUI

/// The README's key tables are the keymap's: a binding added, changed or removed without the
/// README following fails here. `DUBAN_RECORD_README=1 swift test --filter ReadmeKeyTableTests`
/// writes the tables between the README's markers.
@Suite struct ReadmeKeyTableTests {
    static let begin = "<!-- keys: generated from Keymap; DUBAN_RECORD_README=1 swift test --filter ReadmeKeyTableTests -->\n"
    static let end = "<!-- keys end -->"

    @Test func theReadmesKeyTablesAreTheKeymaps() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no key-table marker")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex), "README.md has no end marker")
        let written = String(text[start.upperBound..<stop.lowerBound])
        let generated = Keymap.markdownTables()
        if ProcessInfo.processInfo.environment["DUBAN_RECORD_README"] == "1" {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated).write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == generated, "README.md's key tables differ from the keymap:\n\(GoldenText.diff(expected: written, actual: generated))")
    }

    @Test func everyBindingOfTheKeymapIsInTheTables() {
        let tables = Keymap.markdownTables()
        for binding in Keymap.bindings {
            #expect(tables.contains("| `\(binding.keyNames)` | \(binding.help.en) |"), "\(binding.keyNames) is missing")
        }
    }
}
