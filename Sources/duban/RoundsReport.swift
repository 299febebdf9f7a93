import DashboardUI
import ModelCore
import ModelRead

/// What `duban rounds` prints: per document its rounds, the current one with the day its window
/// opened, and reported/owed per lead unit.
struct RoundsReport {
    let snapshot: Snapshot
    let today: Today

    var text: String {
        let reporting = Reporting(snapshot: snapshot, today: today.day)
        let rounds = Dictionary(grouping: snapshot.reportRounds, by: \.document)
        var lines: [String] = []
        for document in snapshot.documents {
            let dues = (rounds[document.code] ?? []).map(\.due).sorted()
            guard let window = reporting.windows[document.code] else {
                lines.append(
                    SafeText.line(
                        localized(zh: "\(document.code)  \(document.name)：无报送轮次", en: "\(document.code)  \(document.name): no report rounds")))
                continue
            }
            let count = localized(zh: "：\(dues.count) 轮", en: ": \(dues.count) round\(dues.count == 1 ? "" : "s")")
            lines.append(SafeText.line("\(document.code)  \(document.name)" + count))
            let units = reporting.byLeadUnit(snapshot) { snapshot.tasks[$0].document == document.name }
            let owed = Set(units.flatMap(\.tasks)).count
            let reported = Set(units.flatMap(\.tasks).filter { reporting.states[snapshot.tasks[$0].id] == .reported }).count
            for due in dues {
                guard due == window.round.due else {
                    lines.append("    \(due)")
                    continue
                }
                let current = localized(
                    zh: "当前一轮，" + (window.firstDay.map { "自 \($0) 起的报送" } ?? "所有报送都算") + " · 已报 \(reported)/\(owed)",
                    en: "current round, " + (window.firstDay.map { "reports from \($0)" } ?? "every report counts")
                        + " · reported \(reported)/\(owed)")
                lines.append("  * \(due)  " + current)
            }
            let names = units.map { SafeText.line($0.unit ?? Label.noLeadUnit.text(CLILanguage.current)) }
            let width = names.map(DisplayWidth.of).max() ?? 0
            for (name, unit) in zip(names, units) {
                lines.append("      " + DisplayWidth.pad(name, to: width) + "  \(unit.reported)/\(unit.owed)")
            }
        }
        lines.append(TodayLine.text(today))
        return lines.joined(separator: "\n")
    }
}
