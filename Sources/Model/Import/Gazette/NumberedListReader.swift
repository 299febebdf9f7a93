import ModelCore

/// Reads a list of numbered tasks — items `1.` `1、` `（1）` … under chapters `一、` and sections
/// `（一）` — whose fields stand in labelled lines, brackets or verbs (TaskFields), in any mix.
///
/// Items of one numbering style form the list; they run in sequence, or restart at 1 after a
/// heading (a number out of sequence is text: `3.5亿元`, a wrapped `2.`). When no item carries
/// fields but sections do (`（十）全力保障天然气供应。…（责任单位：…）`), the sections are the tasks.
/// An item without fields of its own takes its section's or chapter's when the heading has them.
struct NumberedListReader {
    /// A task as read, before the document gives it an id.
    struct Item {
        /// Its ordinal in the list, from 1.
        var ordinal: Int
        var printedNumber: Int
        var text: JoinedText
        var chapter: String?
        var section: String?
        /// The fields of the heading above it, for an item that has none of its own.
        var inherited: TaskFields?
        /// Its own fields, read once its text is whole.
        var fields = TaskFields(JoinedText())
    }

    /// What counts as a task in one parse.
    enum Level: Equatable {
        case item(ItemNumber.Style)
        case section
    }

    /// The items of the parse that finds the most tasks with fields; empty when none has any.
    static func items(_ lines: ArraySlice<SourceLine>) -> [Item] {
        var styles: [ItemNumber.Style] = []
        for line in lines {
            if let style = ItemNumber(line.text)?.style, !styles.contains(style) { styles.append(style) }
        }
        var best: [Item] = []
        var bestAssigned = 0
        for level in styles.map(Level.item) + [.section] {
            var parse = ListParse(level: level)
            for line in lines { parse.read(line) }
            let found = parse.finished()
            let assigned = found.filter { $0.fields.hasAssignment || $0.inherited != nil }.count
            if assigned > bestAssigned {
                best = found
                bestAssigned = assigned
            }
        }
        return best
    }
}

/// One pass over a list's lines at one level of numbering.
private struct ListParse {
    let level: NumberedListReader.Level
    private var items: [NumberedListReader.Item] = []
    private var chapter: (number: Int, heading: JoinedText)? { didSet { headingFields = nil } }
    private var section: (number: Int, heading: JoinedText)? { didSet { headingFields = nil } }
    /// The fields the headings in force carry, read once per heading rather than once per item.
    private var headingFields: TaskFields??
    /// The last section's number: sections may run on across chapters.
    private var lastSection = 0
    private var current: NumberedListReader.Item?
    /// The heading whose wrapped lines are still being read.
    private var collecting: Heading?
    private var headingSinceItem = true

    private enum Heading { case chapter, section }

    /// A heading wraps over a line or two; longer, what follows is a paragraph under it.
    private static let longestHeading = 48

    init(level: NumberedListReader.Level) {
        self.level = level
    }

    mutating func read(_ line: SourceLine) {
        let text = line.text
        let lastPrinted = current?.printedNumber ?? items.last?.printedNumber ?? 0
        if let number = Headings.chapter(text), number == (chapter?.number ?? 0) + 1 || (chapter == nil && lastPrinted > 0) {
            finish()
            chapter = (number, JoinedText([line]))
            section = nil
            collecting = .chapter
            headingSinceItem = true
            return
        }
        if let number = Headings.section(text), number == lastSection + 1 || (number == 1 && headingSinceItem) {
            finish()
            lastSection = number
            headingSinceItem = true
            section = (number, JoinedText([line]))
            if level == .section {
                let rest = String(text.drop { $0 != "）" && $0 != ")" }.dropFirst())
                start(printed: number, text: SourceLine(number: line.number, text: rest))
                collecting = nil
            } else {
                collecting = .section
            }
            return
        }
        if case .item(let style) = level, let item = ItemNumber(text), item.style == style,
            item.number == lastPrinted + 1 || (item.number == 1 && headingSinceItem)
        {
            finish()
            start(printed: item.number, text: SourceLine(number: line.number, text: item.rest))
            return
        }
        if current != nil {
            current!.text.append(line)
        } else if collecting == .chapter, chapter!.heading.text.count + text.count <= Self.longestHeading, !chapter!.heading.text.hasSuffix("。") {
            chapter!.heading.append(line)
        } else if collecting == .section, section!.heading.text.count + text.count <= Self.longestHeading * 4 {
            // A section heading may carry its items' fields on the lines below it.
            section!.heading.append(line)
        } else {
            collecting = nil
        }
    }

    private mutating func start(printed: Int, text: SourceLine) {
        if headingFields == nil {
            headingFields = [section?.heading, chapter?.heading].compactMap { $0 }.map(TaskFields.init).first { $0.hasAssignment }
        }
        let inherited = headingFields ?? nil
        current = NumberedListReader.Item(
            ordinal: items.count + 1, printedNumber: printed, text: JoinedText([text]),
            chapter: chapter.map { TextCleanup.tidy(Directory.normaliseBrackets($0.heading.text)) },
            section: level == .section ? nil : section.map { Self.sectionTitle($0.heading) },
            inherited: inherited)
        collecting = nil
        headingSinceItem = false
    }

    /// A section heading as printed, less any fields it carries for its items.
    /// A heading wrapped by the page (（一）加快推动农机装备产业 / 高质量发展) keeps its second line: one
    /// shorter than the first, with no punctuation, where a paragraph under the heading would run
    /// the full width.
    private static func sectionTitle(_ heading: JoinedText) -> String {
        let fields = TaskFields(heading)
        let lines = (fields.hasAssignment ? fields.body : heading).lines.map(\.text)
        guard var title = lines.first else { return "" }
        if lines.count > 1, let last = title.last, !TextCleanup.cjkPunctuation.contains(last), !"。.;；".contains(last),
            lines[1].count < title.count, title.count + lines[1].count <= longestHeading,
            !lines[1].contains(where: { TextCleanup.cjkPunctuation.contains($0) })
        {
            title += lines[1]
        }
        return TextCleanup.tidy(Directory.normaliseBrackets(title))
    }

    private mutating func finish() {
        if var item = current {
            item.fields = TaskFields(item.text)
            items.append(item)
        }
        current = nil
    }

    mutating func finished() -> [NumberedListReader.Item] {
        finish()
        return items
    }
}
