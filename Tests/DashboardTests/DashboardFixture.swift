import Foundation
import ModelCore
import ModelDemo
import ModelRead

@testable import DashboardUI

/// The bundled 2020 gazette as a dashboard state at its demo date.
enum DashboardFixture {
    static let snapshot: Snapshot = {
        let batch = try! SampleData.gazette().batch
        return Snapshot(tasks: batch.tasks, documents: batch.documents, reportRounds: batch.rounds)
    }()

    static func state(width: Int = 120, height: Int = 40, language: Language = .zh, glyphs: Glyphs = .unicode) -> AppState {
        let today = Today(day: SampleData.demoToday, source: .demo)
        var state = AppState(
            snapshot: snapshot, today: today, language: language, glyphs: glyphs, width: width, height: height,
            savedViews: SavedViews.builtIn(today: today.day))
        _ = reduce(&state, .resize(width: width, height: height))
        return state
    }

    /// Presses one key as the dashboard would; returns the effects the reducer asked for.
    @discardableResult
    static func press(_ key: Key, on state: inout AppState) -> [Effect] {
        guard let action = action(for: key, in: state) else { return [] }
        return reduce(&state, action)
    }

    /// Presses keys written as a key script (`2jj<Enter>`), as the dashboard would.
    static func press(_ script: String, on state: inout AppState) {
        for key in try! KeyScript.parse(script) {
            if let action = action(for: key, in: state) { _ = reduce(&state, action) }
        }
    }
}
