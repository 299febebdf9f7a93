import ModelCore
import ModelRead

/// What `duban units` prints: the names nobody knows first, with their tasks and documents, then
/// every unit with its kind, task counts, groups and aliases, aligned by display width.
struct UnitsReport {
    let roster: UnitRoster
    /// The terminal's width, or nil to print every line whole.
    let width: Int?

    private static let headers =
        CLILanguage.current == .zh ? ["单位", "类别", "任务", "牵头", "所属组", "别名"] : ["Unit", "Kind", "Tasks", "Lead", "Groups", "Aliases"]

    var text: String {
        var lines: [String] = []
        if !roster.unknown.isEmpty {
            let unknownCount = roster.unknown.count
            lines.append(localized(zh: "名录中没有的名称（\(unknownCount)）：", en: "Names no unit of the directory has (\(unknownCount)):"))
            let names = roster.unknown.map { SafeText.line($0.name) }
            let nameWidth = names.map(DisplayWidth.of).max() ?? 0
            for (name, unknown) in zip(names, roster.unknown) {
                let count = unknown.taskIDs.count
                let tasks = unknown.taskIDs.prefix(5).joined(separator: ", ") + (count > 5 ? ", …" : "")
                let from = SafeText.line(unknown.documents.joined(separator: "、"))
                let counted = localized(zh: "\(count) 项：", en: "\(count) task\(count == 1 ? "" : "s"): ")
                lines.append(fit("  \(DisplayWidth.pad(name, to: nameWidth))  \(counted)\(tasks) · \(from)"))
            }
            lines.append(
                localized(
                    zh: "  让它成为已知单位：duban units alias 名称 单位，或 duban units add 名称 --kind 类别",
                    en: "  make one known: duban units alias NAME UNIT, or duban units add NAME --kind KIND"))
            lines.append("")
        }
        let counts = Unit.Kind.allCases.map { kind in (kind, roster.units.filter { $0.unit.kind == kind }.count) }
        lines.append(
            localized(zh: "单位（\(roster.units.count)）：", en: "Units (\(roster.units.count)): ")
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
