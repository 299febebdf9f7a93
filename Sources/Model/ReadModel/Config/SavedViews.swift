import ModelCore

/// The views every dashboard offers, before the user's own.
public enum SavedViews {
    /// 逾期, 滞后, 本月到期 (due in `today`'s month and not done), 未启动, 已完成, 未报送 (no report in
    /// the current round): in that order.
    public static func builtIn(today: Day) -> [SavedView] {
        let first = Day(year: today.year, month: today.month, day: 1)!
        let last = Day.endOfMonth(year: today.year, month: today.month)!
        return [
            SavedView(nameZh: "逾期", nameEn: "Overdue", filter: "overdue"),
            SavedView(nameZh: "滞后", nameEn: "Behind", filter: "status:behind"),
            SavedView(nameZh: "本月到期", nameEn: "Due this month", filter: "due:>=\(first) due:<=\(last) !status:done"),
            SavedView(nameZh: "未启动", nameEn: "Not started", filter: "status:not_started"),
            SavedView(nameZh: "已完成", nameEn: "Done", filter: "status:done"),
            SavedView(nameZh: "未报送", nameEn: "Not reported", filter: "unreported")
        ]
    }

    /// Whether `view` is one of the built-in views, which the user cannot rename or delete.
    public static func isBuiltIn(_ view: SavedView) -> Bool {
        builtInNames.contains(view.nameZh)
    }

    /// The built-in views' names in both languages, which a user's view may not take.
    static let builtInNames: Set<String> = Set(builtIn(today: Day(year: 2000, month: 1, day: 1)!).flatMap { [$0.nameZh, $0.nameEn] })
}
