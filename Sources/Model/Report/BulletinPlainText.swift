import ModelCore

/// A 督查通报 as plain text, for a chat window or a terminal: tables in columns aligned by
/// display width (a Chinese character takes two).
public enum BulletinPlainText {
    public static func text(_ blocks: [BulletinBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let title): lines += [title, String(repeating: "=", count: DisplayWidth.of(title)), ""]
            case .subtitle(let line): lines += [line, ""]
            case .heading(let heading, _): lines += [heading, ""]
            case .paragraph(let text): lines += ["　　" + flat(text), ""]
            case .items(let items): lines += items.enumerated().map { "　　\($0.offset + 1). " + flat($0.element) } + [""]
            case .table(let header, let rows, let numeric):
                let widths = header.indices.map { column in
                    ([header] + rows).map { DisplayWidth.of(flat($0[column])) }.max() ?? 0
                }
                func line(_ cells: [String]) -> String {
                    cells.enumerated().map { column, cell in
                        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(flat(cell)))
                        return numeric.contains(column) ? padding + flat(cell) : flat(cell) + padding
                    }.joined(separator: "  ").trimmingTrailingSpaces
                }
                lines.append(line(header))
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
                lines += rows.map(line)
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
