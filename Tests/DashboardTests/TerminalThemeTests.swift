import Testing

@testable import DashboardTerminal
@testable import DashboardUI

@Suite("Terminal: theme choice and table")
struct TerminalThemeTests {
    @Test func autoFollowsTheTerminal() {
        #expect(Palette.choose(theme: .auto, noColor: false, hasColors: true, colorCount: 256) == .color256)
        #expect(Palette.choose(theme: .auto, noColor: false, hasColors: true, colorCount: 88) == .color8)
        #expect(Palette.choose(theme: .auto, noColor: false, hasColors: true, colorCount: 16) == .color8)
        #expect(Palette.choose(theme: .auto, noColor: false, hasColors: true, colorCount: 8) == .color8)
    }

    @Test func noColoursMeansMonochrome() {
        for theme in ThemeChoice.allCases {
            #expect(Palette.choose(theme: theme, noColor: false, hasColors: false, colorCount: 0) == .mono)
            #expect(Palette.choose(theme: theme, noColor: false, hasColors: true, colorCount: 2) == .mono)
        }
    }

    @Test func noColorOrAMonoThemeMeansMonochrome() {
        #expect(Palette.choose(theme: .auto, noColor: true, hasColors: true, colorCount: 256) == .mono)
        #expect(Palette.choose(theme: .color, noColor: true, hasColors: true, colorCount: 256) == .mono)
        #expect(Palette.choose(theme: .mono, noColor: false, hasColors: true, colorCount: 256) == .mono)
        #expect(Palette.choose(theme: .color, noColor: false, hasColors: true, colorCount: 256) == .color256)
    }

    @Test func noColorCountsWhenNonEmpty() {
        #expect(TerminalOptions.noColorRequested(by: nil) == false)
        #expect(TerminalOptions.noColorRequested(by: "") == false)
        #expect(TerminalOptions.noColorRequested(by: "1") == true)
        #expect(TerminalOptions.noColorRequested(by: "0") == true)
    }

    @Test func monochromeUsesNoColour() {
        for role in StyleRole.allCases {
            #expect(!ThemeTable.look(role, in: .mono).hasColor, "\(role)")
        }
    }

    @Test func colourNumbersFitTheirPalette() {
        for role in StyleRole.allCases {
            let basic = ThemeTable.look(role, in: .color8)
            let full = ThemeTable.look(role, in: .color256)
            for color in [basic.foreground, basic.background].compactMap({ $0 }) {
                #expect((0..<8).contains(color), "\(role)")
            }
            for color in [full.foreground, full.background].compactMap({ $0 }) {
                #expect((0..<256).contains(color), "\(role)")
            }
        }
    }

    @Test func aBackgroundAlwaysComesWithAForeground() {
        for palette in Palette.allCases {
            for role in StyleRole.allCases where ThemeTable.look(role, in: palette).background != nil {
                #expect(ThemeTable.look(role, in: palette).foreground != nil, "\(role) in \(palette)")
            }
        }
    }

    @Test(arguments: Palette.allCases)
    func selectionAndStatusStandOutInEveryPalette(_ palette: Palette) {
        let normal = ThemeTable.look(.normal, in: palette)
        #expect(normal == .plain)
        let marked: [StyleRole] = [.selected, .selectedInactive, .status, .overdue, .error, .title, .header]
        for role in marked {
            #expect(ThemeTable.look(role, in: palette) != normal, "\(role) in \(palette)")
        }
        #expect(ThemeTable.look(.selected, in: palette) != ThemeTable.look(.selectedInactive, in: palette))
    }

    @Test func statusesAreDistinctInColour() {
        let statuses: [StyleRole] = [.done, .inProgress, .behind, .overdue, .blocked, .notStarted]
        for palette in [Palette.color256, .color8] {
            let looks = statuses.map { ThemeTable.look($0, in: palette) }
            for (i, a) in looks.enumerated() {
                for b in looks[(i + 1)...] {
                    #expect(a != b, "\(palette)")
                }
            }
        }
    }
}
