/// A task's id as a ledger's 编号 writes it, `P2-8` or `C8-12`: its document's code (ASCII
/// letters, then letters or digits: `P2`, `P2b`, `T24`), `-`, and its number in the document.
struct TaskCode: Equatable {
    var document: String
    var number: Int

    /// The id `text` writes; nil for anything else (`12`, `一`, `2021-3`, `P2-0`).
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].first, first.isASCII, first.isLetter,
            parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            !parts[1].isEmpty, parts[1].count <= 6, parts[1].allSatisfy(\.isASCIIDigit),
            let number = Int(parts[1]), number > 0
        else { return nil }
        document = String(parts[0])
        self.number = number
    }

    /// `P2-8`: as duban writes the id, the number without leading zeros.
    var id: String { "\(document)-\(number)" }
}
