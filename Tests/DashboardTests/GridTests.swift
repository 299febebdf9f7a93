import Testing

@testable import DashboardUI

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.write("金积镇", x: 0, y: 0) == 4)
        #expect(grid.lines == ["金积 "])
        grid.write("x", x: 1, y: 0)
        #expect(grid.lines == [" x积 "], "overwriting half of 金 blanks the other half")
    }

    @Test func controlCharactersAreShownEscapedNotSent() {
        var grid = Grid(width: 20, height: 1)
        grid.write("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(grid.lines == ["a\\u{1B}[2Jb         "])
    }

    @Test func writesAreClippedToTheLimitAndTheEdge() {
        var grid = Grid(width: 6, height: 2)
        grid.write("abcdef", x: 2, y: 0, limit: 3)
        grid.write("乡镇乡镇", x: 1, y: 1)
        #expect(grid.lines == ["  abc ", " 乡镇 "])
    }
}
