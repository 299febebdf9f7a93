import ModelCore

/// Reads one document of a file: finds, part by part, the task lists it carries and the layout
/// each is in, skips what assigns nothing (saying why), and refuses a document the file cuts off.
struct DocumentReader {
    let region: DocumentLayout.Region
    let file: String
    /// The file's lines as written, leading spaces kept, by line number (for tables in columns).
    let untrimmed: [Int: String]

    /// A list found in one part, its tasks still under the document's provisional name.
    struct Found {
        var part: DocumentParts.Part
        var kind: ListKind
        var layouts: [String]
        var title: String
        var tasks: [Task]
    }

    /// What the document gave.
    struct Result {
        var recognised: RecognisedDocument
        var documents: [Document]
        var tasks: [Task]
        var rounds: [ReportRound]
    }

    func read(reader: inout UnitListReader) throws -> Result {
        let parts = DocumentParts(region)
        let year = region.year
        let dues = ReportRoundReader.dues(inNotice: parts.noticeText, year: year)
        let defaultDeadline = dues.max() ?? DeadlineReader.completionDate(inNotice: parts.noticeText, year: year)
        let provisional = Document(code: "", name: region.name, title: region.title, defaultDeadline: defaultDeadline)
        var found: [Found] = []
        var skipped: [RecognisedDocument.Skipped] = []
        for (index, part) in parts.parts.enumerated() {
            let endsFile = !region.followed && index == parts.parts.count - 1
            var named = provisional
            if let label = part.label { named.name += " " + label }
            if let reason = RepeatCheck.reason(part, lists: found) {
                skipped.append(.init(part: part.label, reason: reason))
                continue
            }
            let reading = PartReader(part: part, document: named, year: year, endsFile: endsFile, file: file, untrimmed: untrimmed)
            let before = reader
            switch try reading.read(reader: &reader) {
            case .list(let list):
                if let reason = ReferenceCheck.reason(list.tasks, directory: reader.directory) {
                    reader = before
                    skipped.append(.init(part: part.label, reason: reason))
                } else {
                    found.append(list)
                }
            case .nothing(let reason):
                if !part.isNotice || parts.parts.count == 1 { skipped.append(.init(part: part.label, reason: reason)) }
            }
        }
        try checkAnnounced(parts, found: found, skipped: &skipped, reader: &reader)
        if let body = found.first(where: { $0.part.isNotice }), !parts.signed, !region.followed, parts.parts.count == 1,
            Self.hasAddressees(body.part.lines)
        {
            throw LocatedError(
                file: file, line: region.lines.last?.number ?? 0,
                message: "the file ends inside \(region.name): its tasks are not followed by the signature and date (cut off?)")
        }
        try StatedCount.check(region: region, notice: parts.noticeText, found: found, file: file, reader: &reader)

        var documents: [Document] = []
        var tasks: [Task] = []
        var lists: [RecognisedDocument.List] = []
        var names: Set<String> = []
        for list in found {
            let name = Self.distinctName(
                found.count > 1 ? [region.name, list.part.shownLabel].compactMap { $0 }.joined(separator: " ") : region.name,
                taken: &names)
            let document = Document(
                code: list.kind.letter + String(region.number.number), name: name,
                title: list.part.attachment == nil ? region.title : list.title, defaultDeadline: defaultDeadline)
            documents.append(document)
            tasks += list.tasks.map { $0.moved(to: document) }
            lists.append(.init(document: document, kind: list.kind, layouts: list.layouts, taskCount: list.tasks.count))
        }
        let rounds = documents.flatMap { document in dues.map { ReportRound(document: document.code, due: $0) } }
        let recognised = RecognisedDocument(name: region.name, title: region.title, line: region.numberLine, lists: lists, skipped: skipped)
        return Result(recognised: recognised, documents: documents, tasks: tasks, rounds: rounds)
    }

    /// An attachment the notice announces but the file does not carry: at the end of the file, a
    /// cut; inside a gazette, which often leaves attachments out, worth a warning.
    private func checkAnnounced(
        _ parts: DocumentParts, found: [Found], skipped: inout [RecognisedDocument.Skipped],
        reader: inout UnitListReader
    ) throws {
        let carried = Set(parts.parts.compactMap(\.attachment))
        for announced in parts.announced {
            let present =
                announced.number == 0 ? !carried.isEmpty : carried.contains(announced.number) || (announced.number == 1 && carried.contains(0))
            guard !present else { continue }
            let label = announced.number == 0 ? "附件" : "附件\(announced.number)"
            let title = SafeText.excerpt(TextCleanup.tidy(announced.title))
            if !region.followed {
                throw LocatedError(
                    file: file, line: region.lines.last?.number ?? announced.line,
                    message: "the file ends before \(label) (\(title)), which \(region.name) announces on line \(announced.line) (cut off?)")
            }
            reader.warn("\(region.name) announces \(label) (\(title)), which the file does not carry", line: announced.line)
            skipped.append(.init(part: label, reason: "announced but not in the file"))
        }
    }

    /// `name`, or, when another list of the document has it (an attachment marker printed twice),
    /// `name（2）`, `name（3）` …
    private static func distinctName(_ name: String, taken: inout Set<String>) -> String {
        var candidate = name
        var count = 1
        while taken.contains(candidate) {
            count += 1
            candidate = "\(name)（\(count)）"
        }
        taken.insert(candidate)
        return candidate
    }

    /// 各乡镇人民政府，区直各部门：— a notice addressed to someone, so signed at its end.
    private static func hasAddressees(_ lines: ArraySlice<SourceLine>) -> Bool {
        lines.prefix(12).contains { $0.text.hasSuffix("：") && $0.text.count <= 80 && ($0.text.contains("各") || $0.text.contains("部门")) }
    }
}

extension Task {
    /// The task filed under `document`: its name, and its id under the document's code.
    func moved(to document: Document) -> Task {
        var task = self
        task.document = document.name
        task.id = "\(document.code)-\(number)"
        return task
    }
}
