import ModelCore

/// A 督查通报 as Markdown, for mail and chat: headings, pipe tables, lists.
public enum BulletinMarkdown {
    public static func text(_ blocks: [BulletinBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let title): lines += ["# \(escaped(title))", ""]
            case .subtitle(let line): lines += [escaped(line), ""]
            case .heading(let heading, let level): lines += [String(repeating: "#", count: level + 1) + " " + escaped(heading), ""]
            case .paragraph(let text): lines += [escaped(text), ""]
            case .items(let items): lines += items.map { "- " + escaped($0) } + [""]
            case .table(let header, let rows, let numeric):
                lines.append(row(header))
                lines.append(row(header.indices.map { numeric.contains($0) ? "---:" : "---" }))
                lines += rows.map(row)
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { escaped($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    /// Text on one line, with the characters Markdown would read as markup escaped.
    private static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r": result.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#":
                result.append("\\")
                result.append(scalar)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
