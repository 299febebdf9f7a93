import ModelCore

/// A snapshot's tasks laid out for filtering every task on every keystroke: the searchable text
/// of all tasks folded into one buffer, and the names each task gives as numbers.
///
/// A text term is one scan of the buffer instead of a search per field of every task; a name term
/// is decided once per distinct name, then read off each task's numbers. Built on first use
/// (`Snapshot.searchIndex`), as the first frame does not need it.
final class SearchIndex: Sendable {
    /// Each task's id, case number, proposers and text, folded (`FoldedText.appendFolded`), each
    /// followed by a zero byte, which no needle holds, so no match spans two fields.
    let text: [UInt8]
    /// Where each task's record starts in `text`, and then the end of the buffer.
    let textStarts: [Int]
    /// Every distinct name the tasks give, in the order met; a name's number is its place here.
    let names: [String]
    let numbers: [String: Int32]
    let leaders: NameReferences
    let leadUnits: NameReferences
    /// Responsible and cooperating units.
    let otherUnits: NameReferences
    /// Each name's pinyin, and its pinyin as a person's name, for the leaders' role.
    let readings: [NameReading]
    let leaderReadings: [NameReading]

    init(_ tasks: [Task]) {
        var text: [UInt8] = []
        // Folding seldom changes a text's length: room for the texts as they are, and a little more.
        let length = tasks.indices.reduce(0) { sum, i in
            sum + tasks[i].id.utf8.count + tasks[i].text.utf8.count + (tasks[i].caseNumber?.utf8.count ?? 0)
                + tasks[i].proposers.reduce(0) { $0 + $1.utf8.count + 1 } + 3
        }
        text.reserveCapacity(length + length / 64)
        var textStarts: [Int] = []
        textStarts.reserveCapacity(tasks.count + 1)
        var numbering = NameNumbering()
        var leaders = NameReferences.Builder(), leadUnits = NameReferences.Builder(), otherUnits = NameReferences.Builder()
        for task in tasks {
            textStarts.append(text.count)
            func field(_ value: String) {
                FoldedText.appendFolded(value, to: &text)
                text.append(0)
            }
            field(task.id)
            if let caseNumber = task.caseNumber { field(caseNumber) }
            for proposer in task.proposers { field(proposer) }
            field(task.text)
            leaders.add(numbering.numbers(task.leaders))
            leadUnits.add(numbering.numbers(task.leadUnits))
            otherUnits.add(numbering.numbers(task.responsibleUnits), numbering.numbers(task.cooperatingUnits))
        }
        textStarts.append(text.count)
        self.text = text
        self.textStarts = textStarts
        names = numbering.names
        numbers = numbering.byName
        readings = names.map { PinyinTable.standard.reading(of: $0, person: false) }
        leaderReadings = names.map { PinyinTable.standard.reading(of: $0, person: true) }
        self.leaders = leaders.references
        self.leadUnits = leadUnits.references
        self.otherUnits = otherUnits.references
    }

    /// The tasks whose id, case number, proposers or text hold the needle.
    func textMatches(_ needle: FoldedText) -> [Bool] {
        let count = textStarts.count - 1
        guard !needle.foldedBytes.isEmpty else { return [Bool](repeating: true, count: count) }
        var mask = [Bool](repeating: false, count: count)
        var task = 0
        text.withUnsafeBufferPointer { haystack in
            needle.foldedBytes.withUnsafeBufferPointer { bytes in
                FoldedText.forEachOccurrence(of: bytes, in: haystack) { start in
                    // Hits come in order: walk to the record holding this one.
                    while textStarts[task + 1] <= start { task += 1 }
                    mask[task] = true
                    task += 1
                    return textStarts[task]
                }
            }
        }
        return mask
    }

    /// For each name's number, whether `isMatch` holds for the name.
    func nameMask(where isMatch: (String) -> Bool) -> [Bool] {
        names.map(isMatch)
    }

    /// For each name's number, whether the needle occurs in it or the pinyin query matches it (as
    /// a leader's name, a person's, when `people`).
    func nameMask(_ needle: FoldedText, pinyin: PinyinNameMatch?, people: Bool) -> [Bool] {
        let byText = nameMask(where: needle.occurs)
        guard let pinyin else { return byText }
        return zip(byText, pinyin.nameMask(over: self, people: people)).map { $0 || $1 }
    }

    /// For each name's number, whether it is one of `wanted`.
    func nameMask(of wanted: some Sequence<String>) -> [Bool] {
        var mask = [Bool](repeating: false, count: names.count)
        for name in wanted {
            if let number = numbers[name] { mask[Int(number)] = true }
        }
        return mask
    }
}

/// Numbers for names while a `SearchIndex` is built. What a list comes to is worked out once per
/// list *storage*, as tasks loaded from a store share one array for equal lists (see
/// `UnitNumbering`, which does the same, with the same limit); equal lists that are not shared are
/// worked out again.
private struct NameNumbering {
    private(set) var names: [String] = []
    private(set) var byName: [String: Int32] = [:]
    private var byList: [UnsafeRawPointer: [Int32]] = [:]

    mutating func numbers(_ list: [String]) -> [Int32] {
        guard !list.isEmpty else { return [] }
        let storage = list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }
        if let known = byList[storage] { return known }
        let numbers = list.map { number($0) }
        if byList.count < UnitNumbering.rememberedListLimit { byList[storage] = numbers }
        return numbers
    }

    private mutating func number(_ name: String) -> Int32 {
        if let known = byName[name] { return known }
        let number = Int32(names.count)
        byName[name] = number
        names.append(name)
        return number
    }
}

extension SearchIndex {
    /// Keeps in `result` only the tasks for which the text term holds (does not hold, `negated`),
    /// searching each remaining task's record and names alone; returns how many remain.
    func narrow(_ result: inout [Bool], toText needle: FoldedText, pinyin: PinyinNameMatch?, negated: Bool) -> Int {
        let leaderNames = nameMask(needle, pinyin: pinyin, people: true)
        let unitNames = nameMask(needle, pinyin: pinyin, people: false)
        var remaining = 0
        text.withUnsafeBufferPointer { text in
            needle.foldedBytes.withUnsafeBufferPointer { bytes in
                for task in result.indices where result[task] {
                    let record = UnsafeBufferPointer(rebasing: text[textStarts[task]..<textStarts[task + 1]])
                    let holds =
                        bytes.isEmpty || FoldedText.contains(record, bytes) || leaders.gives(task, oneOf: leaderNames)
                        || leadUnits.gives(task, oneOf: unitNames) || otherUnits.gives(task, oneOf: unitNames)
                    if holds == negated { result[task] = false } else { remaining += 1 }
                }
            }
        }
        return remaining
    }
}
