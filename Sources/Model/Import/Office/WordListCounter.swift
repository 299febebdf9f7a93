/// Word's list counters through a document: the label of each numbered paragraph, in reading order.
///
/// Lists that use one definition share its counters, as Word continues them, unless a list
/// restarts or redefines a level (`w:lvlOverride`): then it counts on its own. Using a level
/// restarts the levels below it (`w:lvlRestart` can say otherwise).
struct WordListCounter {
    /// Whose counters a paragraph advances.
    private enum Counters: Hashable {
        case definition(Int)
        case list(Int)
    }

    private let numbering: WordNumbering
    private let styles: WordStyles
    private var counts: [Counters: [Int: Int]] = [:]

    init(numbering: WordNumbering, styles: WordStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// The label, suffix included, of a paragraph of style `style` with its own `w:numPr` (`listId`,
    /// `level`), and advances the counters; "" when the paragraph is not numbered or is a bullet.
    mutating func label(style: String?, listId: Int?, level: Int?) -> String {
        let styleId = style ?? styles.defaultParagraphStyle
        let fromStyle = styles.numbering(ofStyle: styleId)
        guard let id = listId ?? fromStyle.listId, id != 0, let list = numbering.lists[id],
            let (definitionId, definition) = definition(list.definitionId)
        else { return "" }
        let linkedLevel = definition.levels.keys.sorted().first { definition.levels[$0]?.paragraphStyle == styleId }
        let ilvl = level ?? (listId == nil ? fromStyle.level ?? linkedLevel : nil) ?? 0
        let levels = definition.levels.merging(list.levelOverrides) { _, override in override }
        guard let current = levels[ilvl] else { return "" }
        let start = { (index: Int) in list.startOverrides[index] ?? levels[index]?.start ?? 1 }
        let key = list.overridesLevels ? Counters.list(id) : .definition(definitionId)
        var count = counts[key, default: [:]]
        count[ilvl] = count[ilvl].map { $0 + 1 } ?? start(ilvl)
        for lower in count.keys where lower > ilvl && ilvl < (levels[lower]?.restartLevel ?? lower) {
            count[lower] = nil
        }
        counts[key] = count
        guard current.format != .bullet else { return "" }
        let label = Self.fill(current.text) { referenced in
            let format = current.isLegal ? .decimal : levels[referenced]?.format ?? .decimal
            return format.text(for: count[referenced] ?? start(referenced) - 1)
        }
        return label.isEmpty || !current.followedBySpace ? label : label + " "
    }

    /// The definition with the levels, following `w:numStyleLink` through a list style.
    private func definition(_ id: Int) -> (Int, WordListDefinition)? {
        var id = id
        var seen: Set<Int> = []
        while seen.insert(id).inserted, let definition = numbering.definitions[id] {
            guard let link = definition.styleLink, let listId = styles.listStyleLists[link],
                let target = numbering.lists[listId]?.definitionId
            else { return (id, definition) }
            id = target
        }
        return nil
    }

    /// `text` with each `%1`…`%9` replaced by the number of that level (0-based to `number`).
    private static func fill(_ text: String, number: (Int) -> String) -> String {
        var label = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                label.append(character)
                continue
            }
            guard let next = characters.next() else {
                label.append(character)
                break
            }
            if let digit = next.wholeNumberValue, (1...9).contains(digit), next.isASCII {
                label += number(digit - 1)
            } else {
                label.append(character)
                label.append(next)
            }
        }
        return label
    }
}
