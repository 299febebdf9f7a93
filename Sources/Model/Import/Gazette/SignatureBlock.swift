import ModelCore

/// The end of a notice: the issuing office, the date (2021年 3 月 5 日) and the publication mark
/// (（此件公开发布）). Tasks printed in the body of a document come before it; a body whose tasks are
/// not followed by it, at the end of a file, was cut off.
enum SignatureBlock {
    /// `2021年 3 月 5 日`, alone on its line.
    static func isDate(_ text: String) -> Bool {
        let compact = Array(text.filter { !$0.isWhitespace })
        guard compact.count >= 8, compact.count <= 11, compact.last == "日",
            let year = compact.firstIndex(of: "年"), year == 4, compact[..<year].allSatisfy(\.isASCIIDigit),
            let month = compact.firstIndex(of: "月"), month > year + 1, month <= year + 3
        else { return false }
        return compact[(year + 1)..<month].allSatisfy(\.isASCIIDigit)
            && (month + 2...month + 3).contains(compact.count - 1) && compact[(month + 1)..<(compact.count - 1)].allSatisfy(\.isASCIIDigit)
    }

    /// （此件公开发布）, （此件不予公开）, (此件依申请公开).
    static func isPublicationMark(_ text: String) -> Bool {
        let compact = Directory.normaliseBrackets(text.filter { !$0.isWhitespace })
        return compact.hasPrefix("（此件") && compact.hasSuffix("）") && compact.count <= 12
    }

    /// The index of the last line of the first signature block in `lines` (its date, or the
    /// publication mark right after it), or nil.
    static func end(in lines: ArraySlice<SourceLine>) -> Int? {
        guard let date = lines.firstIndex(where: { isDate($0.text) }) else { return nil }
        let next = date + 1
        return next < lines.endIndex && isPublicationMark(lines[next].text) ? next : date
    }
}
