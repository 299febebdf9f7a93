import Foundation

extension Snapshot {
    /// The index of the task whose id is `written` whatever its case and width (`p2-8`, `Ｐ２－８`
    /// are P2-8), as the command line reads ids; the exact id first, as the store does.
    public func taskIndex(matching written: String) -> Int? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        if let exact = index[trimmed] { return exact }
        let folded = String(String.UnicodeScalarView(trimmed.unicodeScalars.compactMap { Unicode.Scalar(FoldedText.fold($0.value)) }))
        if let upper = index[folded.uppercased()] { return upper }
        return tasks.firstIndex { $0.id.count == folded.count && $0.id.lowercased() == folded }
    }
}
