import ModelCore

/// Reads one part of a document with the reader its layout calls for, told by the part's own
/// text: a list of motions or proposals by its header (案由, 类别), a rectification plan by its
/// 整改措施, a table by its header row, else numbered tasks with fields.
struct PartReader {
    let part: DocumentParts.Part
    let document: Document
    let year: Int
    /// Whether the part runs to the end of the file.
    let endsFile: Bool
    let file: String
    let untrimmed: [Int: String]

    enum Outcome {
        case list(DocumentReader.Found)
        case nothing(reason: String)
    }

    func read(reader: inout UnitListReader) throws -> Outcome {
        let lines = part.lines
        let title = TextCleanup.tidy(lines.first?.text ?? "")
        let header = lines.prefix(12).map { $0.text.filter { !$0.isWhitespace } }.joined()
        if !part.isNotice, header.contains("案由") {
            let kind: ListKind = header.contains("类别") ? .proposals : .motions
            let tasks =
                kind == .proposals
                ? try ProposalTableParser(document: document).parse(lines, reader: &reader)
                : try MotionTableParser(document: document).parse(lines, reader: &reader)
            guard !tasks.isEmpty else { return .nothing(reason: "a list headed 案由 with no rows") }
            return .list(.init(part: part, kind: kind, layouts: ["\(kind.rawValue) table"], title: title, tasks: tasks))
        }
        if lines.contains(where: { $0.text.contains("整改措施：") || $0.text.contains("整改措施:") }) {
            let (tasks, complete) = try RectificationParser(document: document, year: year).parse(lines, reader: &reader)
            if !tasks.isEmpty {
                if !complete && endsFile {
                    let last = lines.last?.number ?? 0
                    throw LocatedError(
                        file: file, line: last,
                        message: "the file ends inside \(document.name) (its list of measures is cut off after line \(last))")
                }
                return .list(.init(part: part, kind: .rectification, layouts: ["measures under problems"], title: title, tasks: tasks))
            }
        }
        if let table = try readTable(reader: &reader) {
            return .list(
                .init(
                    part: part, kind: ListKind.ofNumberedList(title: document.title), layouts: [table.layout],
                    title: title, tasks: table.tasks))
        }
        let items = NumberedListReader.items(lines)
        guard !items.isEmpty else {
            return .nothing(reason: "no numbered tasks with assignment fields (牵头单位, 责任单位 …)")
        }
        let (tasks, layouts) = try ListTasks(document: document, year: year, endsFile: endsFile).tasks(from: items, reader: &reader)
        return .list(
            .init(
                part: part, kind: ListKind.ofNumberedList(title: document.title), layouts: layouts.map(\.rawValue),
                title: title, tasks: tasks))
    }
}
