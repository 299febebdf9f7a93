/// A config file's text as lines, split at each line feed (a CRLF line keeps its `\r`), changed
/// in place for one view and joined again: the lines not changed come back byte for byte.
struct ConfigLines {
    private var lines: [String]
    /// Whether the last line ends with a line feed.
    private var endsWithBreak: Bool
    /// `\r` on every line added when the file's lines end with CRLF.
    private let carriageReturn: String

    init(_ text: String) {
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        endsWithBreak = lines.last == ""
        if endsWithBreak { lines.removeLast() }
        carriageReturn = lines.first?.hasSuffix("\r") == true ? "\r" : ""
    }

    var text: String {
        lines.joined(separator: "\n") + (endsWithBreak && !lines.isEmpty ? "\n" : "")
    }

    /// A `[[view]]` table at the end, after a blank line; an empty file gets `header` first.
    mutating func append(_ view: SavedView, header: [String]) {
        var added = ["[[view]]", "name = " + ConfigString.quoted(view.nameZh), "filter = " + ConfigString.quoted(view.filter)]
        if lines.isEmpty {
            added = header + [""] + added
        } else if !isBlank(lines.count - 1) {
            added.insert("", at: 0)
        }
        if !endsWithBreak && !lines.isEmpty { lines[lines.count - 1] += carriageReturn }
        lines += added.map { $0 + carriageReturn }
        endsWithBreak = true
    }

    /// The value of `table`'s `name` line replaced; the key, the spaces and a comment after the
    /// value stay.
    mutating func rename(_ table: ConfigTable, to name: String) {
        guard let entry = table.entries.first(where: { $0.key == "name" }) else { return }
        var characters = Array(lines[entry.line - 1])
        let ending = characters.last == "\r" ? String(characters.removeLast()) : ""
        var reader = ConfigLineReader(characters: characters)
        reader.skipSpaces()
        _ = try? reader.entry()
        guard let range = reader.valueRange else { return }
        characters.replaceSubrange(range, with: Array(ConfigString.quoted(name)))
        lines[entry.line - 1] = String(characters) + ending
    }

    /// `table`'s lines removed: the comment lines directly above its `[[view]]` line (unless
    /// they begin the file: those are the file's), the header and every line to its last key,
    /// and the blank line that set it apart when one is left on either side. Comment lines after
    /// its last key stay: they may be the next view's or the file's.
    mutating func remove(_ table: ConfigTable) {
        let header = table.line - 1
        var start = header
        while start > 0, isComment(start - 1) { start -= 1 }
        if start == 0 { start = header }
        var end = table.entries.map(\.line).max() ?? table.line
        if start == 0 || isBlank(start - 1) {
            if end < lines.count, isBlank(end) {
                end += 1
            } else if end == lines.count, start > 0 {
                start -= 1
            }
        }
        lines.removeSubrange(start..<end)
    }

    /// The line without a trailing `\r` (and the first without a byte order mark), trimmed of
    /// spaces and tabs on the left.
    private func content(_ index: Int) -> Substring {
        var line = Substring(lines[index])
        if index == 0, line.first == "\u{FEFF}" { line = line.dropFirst() }
        if line.last == "\r" { line = line.dropLast() }
        return line.drop { $0 == " " || $0 == "\t" }
    }

    private func isBlank(_ index: Int) -> Bool {
        content(index).isEmpty
    }

    private func isComment(_ index: Int) -> Bool {
        content(index).first == "#"
    }
}
