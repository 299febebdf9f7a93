import Foundation

/// The gazette's lines with the page furniture of PDF extraction removed.
///
/// What goes: blank lines, page numbers (`— 62 —`, `4— —`, `- 12 -`, `第3页`, a bare number after a
/// running header), running headers (`《…公报》 2020.No.1 …`, `…办公室文件`). What stays is trimmed.
struct GazetteText {
    let lines: [SourceLine]
    /// The same lines with their leading spaces, where columns of `pdftotext -layout` stand.
    let untrimmedLines: [SourceLine]

    init(_ content: String) {
        var kept: [SourceLine] = []
        var untrimmed: [SourceLine] = []
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
            untrimmed.append(
                SourceLine(
                    number: index + 1,
                    text: String(
                        raw.replacingOccurrences(of: "\t", with: "    ").reversed()
                            .drop(while: \.isWhitespace).reversed())))
        }
        lines = kept
        untrimmedLines = untrimmed
    }

    /// A gazette's running header (《…公报》 2021年第2期 …) or an office's letterhead
    /// (利通区人民政府办公室文件), which PDF extraction repeats on every page.
    static func isRunningHeader(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        if compact.hasPrefix("《"), let close = compact.firstIndex(of: "》"), compact[..<close].hasSuffix("公报") { return true }
        return compact.hasSuffix("文件") && (6...24).contains(compact.count) && compact.allSatisfy(TextCleanup.isHan)
    }

    /// `— —`, `4— —`, `— 62 —`, `- 12 -`, `－12－`, `第 3 页`, `第3页 共10页`.
    static func isPageNumber(_ text: String) -> Bool {
        let rest = text.filter { !$0.isWhitespace && !$0.isASCIIDigit }
        if rest == "——" { return true }
        let numbered = text.contains(where: \.isASCIIDigit)
        return numbered && ["--", "－－", "—", "第页", "第页共页"].contains(rest)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
