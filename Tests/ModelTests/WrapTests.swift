import ModelCore
import Testing

/// Line breaking for the detail pane and `show`: width kept, Latin words whole, and the Chinese
/// rule that closing punctuation never starts a line.
@Suite struct WrapTests {
    @Test func closingPunctuationNeverStartsALine() {
        let text = "责任 区教育局   配合 区人民政府办公室、区发展和改革局、区司法局、区自然资源局、区综合执法局、市市场监督管理局利通区分局"
        for width in 10...80 {
            let lines = DisplayWidth.wrap(text, to: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.dropFirst().allSatisfy { !"、，。；：）".contains($0.first ?? "x") }, "width \(width): \(lines)")
            #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test func theCharacterBeforeThePunctuationMovesDown() {
        #expect(DisplayWidth.wrap("一二三四、五", to: 8) == ["一二三", "四、五"])
        #expect(DisplayWidth.wrap("一二三（四）", to: 8) == ["一二三", "（四）"])
    }

    @Test func latinWordsMoveWhole() {
        #expect(DisplayWidth.wrap("用 duban import <文件> 导入", to: 14) == ["用 duban", "import <文件>", "导入"])
        #expect(DisplayWidth.wrap("完成率 100% 以上", to: 9) == ["完成率", "100% 以上"])
        #expect(DisplayWidth.wrap("终端太小：需要 80×24，现在 20×5", to: 19) == ["终端太小：需要", "80×24，现在 20×5"])
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("、、、、、、", to: 4) == ["、、", "、、", "、、"])
    }

    @Test func emptyAndSpaces() {
        #expect(DisplayWidth.wrap("", to: 5) == [""])
        #expect(DisplayWidth.wrap("ab   cd", to: 3) == ["ab", "cd"])
        #expect(DisplayWidth.wrap("ab", to: 0) == [])
    }
}
