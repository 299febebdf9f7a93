import ModelCore
import ModelRead

/// The 督查通报 of a report as blocks: title, date and round, the totals, a table by lead unit and
/// one by leader, the units named for overdue, behind and unreported tasks with their tasks, and
/// the leaders' instructions of the period. Chinese throughout: it is a government document.
public enum Bulletin {
    public static func blocks(_ report: Report) -> [BulletinBlock] {
        var blocks: [BulletinBlock] = [.title(title(report)), .subtitle(subtitle(report))]
        if !report.scope.description.isEmpty { blocks.append(.subtitle("范围：\(report.scope.description)")) }
        guard !report.isEmpty else {
            blocks.append(.paragraph("截至\(report.today.chinese)，范围内没有任务，本期无可通报的事项。"))
            return blocks
        }
        blocks.append(.heading("一、总体情况", level: 1))
        blocks.append(.paragraph(totals(report)))
        blocks.append(.heading("二、牵头单位落实情况", level: 1))
        blocks.append(table(report.byLeadUnit, nameHeader: "牵头单位", noName: Report.noLeadUnit))
        blocks.append(.heading("三、责任领导分管任务情况", level: 1))
        blocks.append(table(report.byLeader, nameHeader: "责任领导", noName: ""))
        blocks.append(.heading("四、通报的单位", level: 1))
        let named: [(String, [UnitLaggards], String)] = [
            ("（一）逾期未完成", report.overdueUnits, "任务已过完成时限仍未完成"),
            ("（二）进度滞后", report.behindUnits, "任务进度滞后或受阻"),
            ("（三）未按时报送", report.unreportedUnits, "本轮应报送而未报送进展")
        ]
        let texts = Dictionary(report.rows.map { ($0.task.id, $0.task.text) }, uniquingKeysWith: { first, _ in first })
        for (heading, units, what) in named {
            let count = Set(units.flatMap(\.tasks)).count
            blocks.append(.heading("\(heading)（\(count)项）", level: 2))
            if units.isEmpty {
                blocks.append(.paragraph("无。"))
                continue
            }
            blocks.append(.paragraph("以下\(units.count)个单位\(what)，予以通报："))
            blocks.append(
                .items(
                    units.map { unit in
                        "\(unit.unit)（\(unit.tasks.count)项）：" + unit.tasks.map { "\($0) \(excerpt(texts[$0] ?? ""))" }.joined(separator: "；")
                    }))
        }
        blocks.append(.heading("五、领导批示", level: 1))
        if report.instructions.isEmpty {
            blocks.append(.paragraph("本期无领导批示。"))
        } else {
            blocks.append(
                .items(
                    report.instructions.map { task, entry in
                        let leader = entry.leader ?? entry.actor
                        return "\(Day.today(now: entry.at).chinese)，\(leader)同志就\(task.id)“\(excerpt(task.text))”批示：“\(entry.note ?? "")”"
                    }))
        }
        return blocks
    }

    /// 关于…督查情况的通报: of one document, by its title's subject (《…》); of several, of the key tasks.
    static func title(_ report: Report) -> String {
        let documents = report.documents
        let subject = documents.count == 1 ? subject(of: documents[0]) : "重点工作任务"
        return "关于\(subject)落实督查情况的通报"
    }

    /// What a document sets out, as a title names it: `关于印发《X》的通知` gives 《X》, a title
    /// without the wrapping gives itself in 《》, a document without a title its 文号 and 文件.
    static func subject(of document: Document) -> String {
        var title = document.title.filter { !$0.isWhitespace }
        for prefix in ["关于印发", "关于转发", "印发"] where title.hasPrefix(prefix) {
            title.removeFirst(prefix.count)
            break
        }
        if title.hasSuffix("的通知") { title.removeLast("的通知".count) }
        if title.hasPrefix("《"), title.hasSuffix("》") { title = String(title.dropFirst().dropLast()) }
        return title.isEmpty ? "\(document.name)文件" : "《\(title)》"
    }

    /// The date, and the round when one is current: `2020年7月1日 · 报送轮次：2020年11月30日（自2020年7月1日起）`.
    static func subtitle(_ report: Report) -> String {
        var parts = ["截至\(report.today.chinese)"]
        for window in report.rounds {
            let opened = window.firstDay.map { "（自\($0.chinese)起）" } ?? ""
            parts.append("报送轮次：\(window.round.due.chinese)\(opened)")
        }
        return parts.joined(separator: " · ")
    }

    /// The paragraph of totals.
    static func totals(_ report: Report) -> String {
        let total = report.total
        var text = "截至\(report.today.chinese)，纳入督办的任务共\(total.tasks)项"
        if report.documents.count > 1 { text += "（\(report.documents.count)份文件）" }
        text += "：已完成\(total.done)项，按序时推进\(total.onSchedule)项，滞后\(total.behind)项，逾期\(total.overdue)项，完成率\(total.completionPercent)。"
        let owed = report.rows.filter { $0.isUnreported }.count
        if !report.rounds.isEmpty {
            text += "本轮报送中，尚有\(owed)项任务未报送进展。"
        }
        return text
    }

    /// The header of every table of figures, after the name's. 项数, not 任务: a ledger reader takes 任务 for a task list's header.
    public static let figureHeaders = ["项数", "已完成", "按序时推进", "滞后", "逾期", "未报送", "完成率"]

    /// A group's figures as the tables write them, after its name.
    public static func figureCells(_ tally: Tally) -> [String] {
        [tally.tasks, tally.done, tally.onSchedule, tally.behind, tally.overdue, tally.unreported].map(String.init)
            + [tally.completionPercent]
    }

    private static func table(_ groups: [Figures.Group], nameHeader: String, noName: String) -> BulletinBlock {
        .table(
            header: [nameHeader] + figureHeaders,
            rows: groups.map { [$0.name ?? noName] + figureCells($0.tally) },
            numeric: Set(1...figureHeaders.count))
    }

    /// A task's text cut to its first clause, at most 30 characters: what a list of tasks names
    /// it by. Read scalar by scalar: a 通报 of a large plan excerpts tens of thousands of texts.
    static func excerpt(_ text: String) -> String {
        var clause = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" { continue }
            if scalar == "。" || scalar == "；" || scalar == ";" { break }
            if count == 30 { return String(String(clause).prefix(29)) + "…" }
            clause.append(scalar)
            count += 1
        }
        return String(clause)
    }
}
