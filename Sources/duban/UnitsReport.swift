import ModelCore
import ModelRead

/// What `duban units` prints: the names nobody knows first, with their tasks and documents, then
/// every unit with its kind, task counts, groups and aliases, aligned by display width.
struct UnitsReport {
    let roster: UnitRoster
    /// The terminal's width, or nil to print every line whole.
    let width: Int?

    private static let headers = ["单位", "类别", "任务", "牵头", "所属组", "别名"]

    var text: String {
        var lines: [String] = []
        if !roster.unknown.isEmpty {
            lines.append("Names no unit of the directory has (\(roster.unknown.count)):")
            let names = roster.unknown.map { SafeText.line($0.name) }
            let nameWidth = names.map(DisplayWidth.of).max() ?? 0
            for (name, unknown) in zip(names, roster.unknown) {
                let count = unknown.taskIDs.count
                let tasks = unknown.taskIDs.prefix(5).joined(separator: ", ") + (count > 5 ? ", …" : "")
                let from = SafeText.line(unknown.documents.joined(separator: "、"))
                lines.append(fit("  \(DisplayWidth.pad(name, to: nameWidth))  \(count) task\(count == 1 ? "" : "s"): \(tasks) · \(from)"))
            }
            lines.append("  make one known: duban units alias NAME UNIT, or duban units add NAME --kind KIND")
            lines.append("")
        }
        let counts = Unit.Kind.allCases.map { kind in (kind, roster.units.filter { $0.unit.kind == kind }.count) }
        lines.append(
            "Units (\(roster.units.count)): "
                + counts.filter { $0.1 > 0 }.map { "\($0.0.label) \($0.1)" }.joined(separator: " · "))
        let rows = roster.units.map { entry in
            [
                entry.unit.name, entry.unit.kind.label, "\(entry.tasks)", "\(entry.leading)",
                entry.groups.joined(separator: "、"), entry.unit.aliases.joined(separator: "、")
            ].map(SafeText.line)
        }
        let widths = Self.headers.indices.dropLast().map { column in
            ([Self.headers] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        for row in [Self.headers] + rows {
            let cells = widths.indices.map { DisplayWidth.pad(row[$0], to: widths[$0]) } + [row[row.count - 1]]
            lines.append(fit("  " + cells.joined(separator: "  ")))
        }
        return lines.joined(separator: "\n")
    }

    private func fit(_ line: String) -> String {
        width.map { DisplayWidth.truncate(line, to: $0) } ?? line
    }
}
