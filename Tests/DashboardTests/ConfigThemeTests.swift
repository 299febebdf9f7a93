import Testing

@testable import DashboardTerminal
@testable import ModelRead

/// The config file checks `theme` against its own list, as the read model cannot see the terminal's.
@Suite struct ConfigThemeTests {
    @Test func theConfigTakesEveryThemeOfTheTerminalAndNoOther() {
        #expect(DubanConfig.themes == ThemeChoice.allCases.map(\.rawValue))
    }
}
