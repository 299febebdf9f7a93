@testable import DashboardUI

/// What a golden screen file holds: the screen's text, then its style runs, one line per row that
/// has any (`3: 0-79 selected, 12-15 overdue`), so that a lost highlight fails as a changed letter
/// does. Cells of the `normal` role are not listed.
enum GoldenText {
    static func of(_ grid: Grid) -> String {
        var text = grid.lines.joined(separator: "\n") + "\n"
        text += "-- styles (row: columns role) --\n"
        for y in 0..<grid.height {
            var runs: [String] = []
            var x = 0
            while x < grid.width {
                let role = grid[x, y].role
                var end = x
                while end + 1 < grid.width, grid[end + 1, y].role == role { end += 1 }
                if role != .normal { runs.append("\(x)-\(end) \(role.rawValue)") }
                x = end + 1
            }
            if !runs.isEmpty { text += "\(y): " + runs.joined(separator: ", ") + "\n" }
        }
        return text
    }

    /// The lines that differ, numbered, golden first: what a reviewer needs to see at once.
    static func diff(expected: String, actual: String, limit: Int = 12) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? String(old[index]) : "(none)"
            let now = index < new.count ? String(new[index]) : "(none)"
            guard was != now else { continue }
            out.append("line \(index + 1):\n  golden: \(was)\n  now:    \(now)")
            if out.count == limit { break }
        }
        return out.joined(separator: "\n")
    }
}
