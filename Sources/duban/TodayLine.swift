import DashboardUI
import ModelRead

/// The day a listing is measured against, as its footer says it and the dashboard's header does:
/// `today 2020-07-01 (demo date)`, in Chinese `今天 2020-07-01（演示日期）`.
enum TodayLine {
    static func text(_ today: Today) -> String {
        let language = CLILanguage.current
        return Label.today.text(language) + " \(today.day)" + (today.source == .demo ? Label.demoDate.text(language) : "")
    }
}
