import ModelCore
import ModelRead

extension AppState {
    private struct FiguresKey: Hashable {}

    /// What the overview draws, over the tasks that pass the filter: the read model's `Figures`
    /// (the reports print the same), computed once per filter and snapshot, as each figure walks
    /// every task.
    var figures: Figures {
        filtered.value(FiguresKey()) {
            Figures(snapshot: snapshot, reporting: reporting, today: today.day, including: filterPass.mask)
        }
    }
}
