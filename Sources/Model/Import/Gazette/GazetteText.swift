import Foundation

/// The gazette's lines with the page furniture of PDF extraction removed.
///
/// What goes: blank lines, page numbers (`— 62 —`, `4— —`, a bare number after a running
/// header), running headers (`《吴忠市利通区人民政府公报》 2020.No.1 …`). What stays is trimmed.
struct GazetteText {
    let lines: [SourceLine]

    init(_ content: String) {
        var kept: [SourceLine] = []
        var afterRunningHeader = false
        // CRLF is one Character in Swift: splitting on "\n" alone would leave a Windows file one line.
        let rawLines = content.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, raw) in rawLines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            if GazetteText.isRunningHeader(text) {
                afterRunningHeader = true
                continue
            }
            defer { afterRunningHeader = false }
            if GazetteText.isPageNumber(text) || (afterRunningHeader && text.allSatisfy(\.isASCIIDigit)) { continue }
            kept.append(SourceLine(number: index + 1, text: text))
        }
        lines = kept
    }

    static func isRunningHeader(_ text: String) -> Bool {
        text.hasPrefix("《吴忠市利通区人民政府公报》") || text == "利通区人民政府办公室文件"
    }

    /// `— —`, `4— —`, `— 62 —`.
    static func isPageNumber(_ text: String) -> Bool {
        let rest = text.filter { !$0.isWhitespace && !$0.isASCIIDigit }
        return rest == "——"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
