/// An attachment that restates a list the document has already given — a plan's tasks printed
/// again as a 任务清单 table — is the same work, not more of it: told by how many of the list's
/// task texts the attachment carries.
enum RepeatCheck {
    /// The opening of a task's text that stands for it (spaces and punctuation as printed aside).
    private static let opening = 8

    /// Why the part is skipped as a repeat of one of `lists`, or nil when it is not one.
    static func reason(_ part: DocumentParts.Part, lists: [DocumentReader.Found]) -> String? {
        guard part.attachment != nil else { return nil }
        let text = String(part.lines.lazy.flatMap { $0.text.filter { !$0.isWhitespace } })
        for list in lists where list.tasks.count >= 3 {
            let openings = list.tasks.map { String($0.text.filter { !$0.isWhitespace }.prefix(opening)) }
                .filter { $0.count == opening }
            let carried = openings.filter { text.firstRange(of: $0) != nil }.count
            guard !openings.isEmpty, carried * 5 >= openings.count * 4 else { continue }
            return "repeats the \(list.tasks.count) tasks of \(list.part.label ?? "its text") (\(carried) of \(openings.count) found)"
        }
        return nil
    }
}
