import DashboardUI
import ModelCore
import ModelRead

/// What `duban rounds` prints: per document its rounds, the current one with the day its window
/// opened, and reported/owed per lead unit.
struct RoundsReport {
    let snapshot: Snapshot
    let today: Today

    /// One document's rounds, due days in order, and how its current round stands.
    struct DocumentRounds {
        var document: Document
        var dues: [Day]
        /// nil for a document without rounds.
        var current: CurrentRound?
    }

    /// A document's current round: its window, and the tasks that owe a report in it, per lead
    /// unit and in all (a task with two lead units counts once).
    struct CurrentRound {
        var window: Reporting.Window
        var units: [Reporting.LeadUnitReports]
        var reported: Int
        var owed: Int
    }

    /// Every document of the store, in its order.
    var documents: [DocumentRounds] {
        let reporting = Reporting(snapshot: snapshot, today: today.day)
        let rounds = Dictionary(grouping: snapshot.reportRounds, by: \.document)
        return snapshot.documents.map { document in
            let dues = (rounds[document.code] ?? []).map(\.due).sorted()
            guard let window = reporting.windows[document.code] else { return DocumentRounds(document: document, dues: dues) }
            let units = reporting.byLeadUnit(snapshot) { snapshot.tasks[$0].document == document.name }
            let owed = Set(units.flatMap(\.tasks))
            let reported = owed.filter { reporting.states[snapshot.tasks[$0].id] == .reported }.count
            return DocumentRounds(
                document: document, dues: dues, current: CurrentRound(window: window, units: units, reported: reported, owed: owed.count))
        }
    }

    var text: String {
        var lines: [String] = []
        for rounds in documents {
            let (document, dues) = (rounds.document, rounds.dues)
            guard let current = rounds.current else {
                lines.append(
                    SafeText.line(
                        localized(zh: "\(document.code)  \(document.name)：无报送轮次", en: "\(document.code)  \(document.name): no report rounds")))
                continue
            }
            let count = localized(zh: "：\(dues.count) 轮", en: ": \(dues.count) round\(dues.count == 1 ? "" : "s")")
            lines.append(SafeText.line("\(document.code)  \(document.name)" + count))
            let (window, reported, owed) = (current.window, current.reported, current.owed)
            for due in dues {
                guard due == window.round.due else {
                    lines.append("    \(due)")
                    continue
                }
                let state = localized(
                    zh: "当前一轮，" + (window.firstDay.map { "自 \($0) 起的报送" } ?? "所有报送都算") + " · 已报 \(reported)/\(owed)",
                    en: "current round, " + (window.firstDay.map { "reports from \($0)" } ?? "every report counts")
                        + " · reported \(reported)/\(owed)")
                lines.append("  * \(due)  " + state)
            }
            let names = current.units.map { SafeText.line($0.unit ?? Label.noLeadUnit.text(CLILanguage.current)) }
            let width = names.map(DisplayWidth.of).max() ?? 0
            for (name, unit) in zip(names, current.units) {
                lines.append("      " + DisplayWidth.pad(name, to: width) + "  \(unit.reported)/\(unit.owed)")
            }
        }
        lines.append(TodayLine.text(today))
        return lines.joined(separator: "\n")
    }
}
