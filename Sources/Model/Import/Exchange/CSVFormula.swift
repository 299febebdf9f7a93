/// Cells a spreadsheet would run as a formula, made inert the way OWASP advises: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. So that the
/// round trip gives back the text, a cell that already starts with `'` gets one too, and reading
/// a CSV takes one leading `'` off every cell (a hand-written `'text` comes in as `text`, as
/// Excel would show it).
enum CSVFormula {
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// The cell as written to a file.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }

    /// The cell as read from a file.
    static func restored(_ cell: String) -> String {
        cell.unicodeScalars.first == "'" ? String(cell.unicodeScalars.dropFirst()) : cell
    }
}
