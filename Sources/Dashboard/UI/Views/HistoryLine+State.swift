import ModelCore

extension HistoryLine {
    /// The entry as the dashboard shows it: in its language, with its glyphs.
    static func text(_ entry: ProgressEntry, _ state: AppState) -> String {
        text(entry, language: state.language, arrow: state.glyphs.arrowRight)
    }
}
