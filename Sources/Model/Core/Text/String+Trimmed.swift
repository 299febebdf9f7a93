extension StringProtocol {
    /// The text without whitespace and line breaks at either end: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, in Swift's own terms and without
    /// a copy when there is nothing to trim (most cells of a ledger).
    package var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        if first == startIndex, last == index(before: endIndex), let whole = self as? String { return whole }
        return String(self[first...last])
    }
}
