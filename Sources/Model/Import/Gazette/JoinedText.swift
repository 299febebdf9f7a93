/// Lines of one item joined into one string, remembering where each source line starts,
/// so that a problem found anywhere in the text can name its line.
struct JoinedText {
    private(set) var text = ""
    private var starts: [(offset: Int, line: Int)] = []
    private var count = 0

    init(_ lines: [SourceLine] = []) {
        for line in lines { append(line) }
    }

    var firstLine: Int { starts.first?.line ?? 0 }
    var isEmpty: Bool { text.isEmpty }

    /// Appends a line with no separator: Chinese text wraps without spaces.
    mutating func append(_ line: SourceLine) {
        starts.append((count, line.number))
        text += line.text
        count += line.text.count
    }

    /// The part of the text in `range`, each character still on its source line.
    func slice(_ range: Range<String.Index>) -> JoinedText {
        let lower = text.distance(from: text.startIndex, to: range.lowerBound)
        let upper = lower + text.distance(from: range.lowerBound, to: range.upperBound)
        var part = JoinedText()
        for line in pieces(from: lower, to: upper) { part.append(line) }
        return part
    }

    /// The text cut back into the source lines it came from.
    var lines: [SourceLine] { pieces(from: 0, to: count) }

    private func pieces(from lower: Int, to upper: Int) -> [SourceLine] {
        var found: [SourceLine] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1].offset : count
            let from = max(start.offset, lower), to = min(end, upper)
            guard from < to else { continue }
            let a = text.index(text.startIndex, offsetBy: from), b = text.index(a, offsetBy: to - from)
            found.append(SourceLine(number: start.line, text: String(text[a..<b])))
        }
        return found
    }

    /// The source line holding the character at `index` of `text`.
    func line(at index: String.Index) -> Int {
        let offset = text.distance(from: text.startIndex, to: index)
        return starts.last(where: { $0.offset <= offset })?.line ?? firstLine
    }
}

/// Whitespace cleanup for text joined from PDF lines.
enum TextCleanup {
    static let cjkPunctuation: Set<Character> = ["、", "，", "。", "；", "：", "“", "”", "‘", "’", "（", "）", "《", "》", "！", "？", "—"]

    /// A CJK ideograph: a space between two of them is an artefact of PDF extraction.
    static func isHan(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Runs of whitespace become one space; a space beside Chinese punctuation or between two
    /// ideographs goes; a space between an ideograph and a number stays, as printed.
    static func tidy(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            let ch = chars[index]
            guard ch.isWhitespace else {
                out.append(ch)
                index += 1
                continue
            }
            var end = index
            while end < chars.count, chars[end].isWhitespace { end += 1 }
            let before = out.last
            let after = end < chars.count ? chars[end] : nil
            let atEdge = before == nil || after == nil
            let besidePunctuation = before.map(cjkPunctuation.contains) == true || after.map(cjkPunctuation.contains) == true
            let betweenHan = before.map(isHan) == true && after.map(isHan) == true
            if !atEdge && !besidePunctuation && !betweenHan { out.append(" ") }
            index = end
        }
        return out
    }
}
