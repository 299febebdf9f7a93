import Foundation
import ModelCore

/// Draws the whole screen for a state. Pure: the same state always gives the same grid.
public func render(_ state: AppState) -> Grid {
    var grid = drawn(state)
    if state.glyphs.narrowsAmbiguous { grid.narrowAmbiguous() }
    return grid
}

private func drawn(_ state: AppState) -> Grid {
    var grid = Grid(width: state.width, height: state.height)
    if state.isTooSmall {
        TooSmallScreen.draw(state, into: &grid)
        return grid
    }
    let layout = ScreenLayout(state)
    HeaderBar.draw(state, layout, into: &grid)
    switch state.mode {
    case .detail:
        DetailView.drawFull(state, in: layout.body, into: &grid)
    default:
        switch state.view {
        case .overview: OverviewView.draw(state, in: layout.body, into: &grid)
        case .byLeader, .byUnit, .byTown, .unreported: GroupedView.draw(state, layout, into: &grid)
        case .allTasks: AllTasksView.draw(state, layout, into: &grid)
        }
    }
    HintBar.draw(state, in: layout.hint, into: &grid)
    StatusLine.draw(state, in: layout.status, into: &grid)
    switch state.mode {
    case .help: HelpOverlay.draw(state, in: layout.body, into: &grid)
    case .views(let selection): ViewsOverlay.draw(state, selection: selection, in: layout.body, into: &grid)
    case .browse, .detail: break
    }
    if let form = state.form { FormOverlay.draw(state, form, in: layout.body, into: &grid) }
    return grid
}

/// Below 80×24: say what is needed, wrapped to the width so a narrow window still reads the
/// whole size (not “需要 80×2”); only q acts.
enum TooSmallScreen {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let need = "\(AppState.minimumWidth)×\(AppState.minimumHeight)"
        let have = "\(state.width)×\(state.height)"
        let message = Label.tooSmall.text(state.language).replacingPlaceholders(need, have)
        let lines =
            DisplayWidth.wrap(message, to: state.width - 1).map { ($0, StyleRole.error) }
            + DisplayWidth.wrap(Label.tooSmallHint.text(state.language), to: state.width - 1).map { ($0, StyleRole.hint) }
        for (y, (line, role)) in lines.prefix(state.height).enumerated() {
            grid.write(" " + line, x: 0, y: y, role: role)
        }
    }
}
