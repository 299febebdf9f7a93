import Foundation
import ModelCore
import ModelDemo
import ModelRead
import Testing

@testable import DashboardUI

/// Every view rendered from the bundled data at its demo date, compared with reviewed text files
/// in Golden/, with their style runs (`GoldenText`). Record them anew with `DUBAN_RECORD_GOLDEN=1 swift test --filter GoldenScreen`.
@Suite struct GoldenScreenTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var keys: String
        /// A read-only seat's reason, for the screens that show one.
        var readOnly: String? = nil
        var sizes: [(Int, Int)] = GoldenScreenTests.sizes
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "overview", keys: "", sizes: sizes + [(120, 40)]),
        Case(name: "by-leader", keys: "2jj"),
        Case(name: "by-leader-tasks", keys: "2jj<Enter>jjj"),
        Case(name: "by-unit", keys: "3jj<Tab>j"),
        Case(name: "by-town", keys: "4j<Tab>"),
        Case(name: "all-tasks", keys: "5jjs"),
        Case(name: "detail", keys: "2jj<Enter>jj<Enter>"),
        Case(name: "filter", keys: "5/status:not_started 金积"),
        Case(name: "filter-error", keys: "5/status:x"),
        Case(name: "filter-suggestion", keys: "5/领导:马常军"),
        Case(name: "jump-prompt", keys: "5:p2-8"),
        Case(name: "jump-unknown", keys: "5:p9-99<Enter>"),
        Case(name: "help", keys: "?"),
        Case(name: "views", keys: "5vj"),
        Case(name: "views-name", keys: "5/overdue<Enter>vs金积镇"),
        Case(name: "all-tasks-no-pane", keys: "5jd"),
        Case(name: "update-form", keys: "5ju<Right><Tab><BS>35<Tab>已召开领导小组会议"),
        Case(name: "update-confirm", keys: "5ju<Right><Tab><BS>35<Tab>已召开领导小组会议<Enter>"),
        Case(name: "comment-form", keys: "2<Enter><Enter>c<Tab><Tab>请于月底前报送进展<Enter>"),
        Case(name: "read-only-help", keys: "5?", readOnly: "--read-only"),
        Case(name: "unreported", keys: "6j", sizes: sizes + [(120, 40)]),
        Case(name: "unreported-tasks", keys: "6jj<Tab>j", sizes: sizes + [(120, 40)])
    ]

    static let sizes = [(80, 24), (160, 50)]
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: cases, [Language.zh, .en])
    func matchesGolden(_ screen: Case, language: Language) throws {
        for (width, height) in screen.sizes {
            var state = DashboardFixture.state(width: width, height: height, language: language)
            state.readOnly = screen.readOnly
            DashboardFixture.press(screen.keys, on: &state)
            let text = GoldenText.of(render(state))
            let file = Self.goldenDirectory.appendingPathComponent("\(screen.name)-\(language.rawValue)-\(width)x\(height).txt")
            if ProcessInfo.processInfo.environment["DUBAN_RECORD_GOLDEN"] == "1" {
                try text.write(to: file, atomically: true, encoding: .utf8)
            } else {
                let golden = try String(contentsOf: file, encoding: .utf8)
                #expect(
                    text == golden,
                    "\(file.lastPathComponent) differs; review and record with DUBAN_RECORD_GOLDEN=1\n\(GoldenText.diff(expected: golden, actual: text))"
                )
            }
        }
    }

    @Test func tooSmallScreenSaysWhatIsNeeded() {
        let state = DashboardFixture.state(width: 40, height: 6)
        let lines = render(state).lines
        #expect(lines[0].hasPrefix(" 终端太小：需要 80×24，现在 40×6"))
        #expect(lines[1].hasPrefix(" 请放大窗口；q 退出"))
    }

    @Test func aNarrowTooSmallScreenWrapsRatherThanCutsTheSize() {
        let lines = render(DashboardFixture.state(width: 20, height: 5)).lines
        let text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(text.contains("80×24"), "\(lines)")
        #expect(text.contains("20×5"), "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 20 })
    }

    @Test(arguments: ["", "2", "3", "5", "6"])
    func emptyStoreSaysHowToImport(keys: String) {
        let today = Today(day: SampleData.demoToday, source: .demo)
        for (width, height) in Self.sizes {
            var state = AppState(
                snapshot: Snapshot(tasks: [], documents: []), today: today, language: .zh, glyphs: .unicode,
                width: width, height: height, savedViews: [])
            _ = reduce(&state, .resize(width: width, height: height))
            DashboardFixture.press(keys, on: &state)
            let hints = render(state).lines.filter { $0.contains("库中还没有任务：用 duban import <文件> 导入") }
            #expect(hints.count == 1, "keys \(keys) at \(width)x\(height)")
        }
    }
}

/// Every size from 1x1 to 250x80 renders lines of exactly the grid's width, in every view.
@Suite struct SizeSweepTests {
    @Test(arguments: [
        "", "2", "3<Tab>", "4", "5", "6", "6<Tab>", "2<Enter><Enter>", "?", "5/金积镇", "5u<Tab><Tab>已开会",
        "2<Enter><Enter>c", "6<Tab>u"
    ])
    func everyLineHasTheGridsWidth(keys: String) {
        var state = DashboardFixture.state()
        DashboardFixture.press(keys, on: &state)
        var sizes: [(Int, Int)] = []
        for width in stride(from: 1, through: 250, by: 7) { for height in stride(from: 1, through: 80, by: 5) { sizes.append((width, height)) } }
        sizes += [(1, 1), (79, 23), (80, 24), (81, 25), (109, 30), (110, 30), (250, 80)]
        for (width, height) in sizes {
            var sized = state
            _ = reduce(&sized, .resize(width: width, height: height))
            let grid = render(sized)
            #expect(grid.lines.count == height)
            for line in grid.lines where DisplayWidth.of(line) != width {
                Issue.record("\(width)x\(height) keys \(keys): a line is \(DisplayWidth.of(line)) wide: \(line)")
            }
            for y in 0..<height {
                for x in 0..<width where grid[x, y].isContinuation {
                    #expect(x > 0 && DisplayWidth.of(grid[x - 1, y].character) == 2, "a half character at \(x),\(y)")
                }
            }
        }
    }
}
