/// Reads numbering.xml into `WordNumbering`.
final class WordNumberingReader: WordPartReading {
    private(set) var numbering = WordNumbering()
    private var definitionId: Int?
    private var definition = WordListDefinition()
    private var listId: Int?
    private var list = WordList(definitionId: -1)
    private var overriddenLevel: Int?
    private var levelIndex = 0
    private var level: WordListLevel?

    func start(_ name: String, _ attributes: WordAttributes) -> WordElementChoice {
        let value = attributes["val"]
        switch name {
        case "abstractNum":
            definitionId = attributes.integer("abstractNumId")
            definition = WordListDefinition()
        case "num":
            listId = attributes.integer("numId")
            list = WordList(definitionId: -1)
        case "abstractNumId": list.definitionId = attributes.integer("val") ?? -1
        case "lvlOverride": overriddenLevel = attributes.integer("ilvl")
        case "startOverride": if let overriddenLevel { list.startOverrides[overriddenLevel] = attributes.integer("val") }
        case "lvl":
            levelIndex = attributes.integer("ilvl") ?? 0
            level = WordListLevel()
        case "start": level?.start = attributes.integer("val") ?? 1
        case "numFmt": if let value, value != "custom" { level?.format = WordNumberFormat(value) }
        case "lvlText": level?.text = value ?? ""
        case "suff": level?.followedBySpace = value == "space"
        case "lvlRestart": level?.restartLevel = attributes.integer("val")
        case "isLgl": level?.isLegal = attributes.isOn
        case "pStyle": level?.paragraphStyle = value
        case "numStyleLink": definition.styleLink = value
        case "pPr", "rPr": return .skip
        default: break
        }
        return .read
    }

    func end(_ name: String) {
        switch name {
        case "lvl":
            guard let level else { return }
            if let overriddenLevel {
                list.levelOverrides[overriddenLevel] = level
            } else {
                definition.levels[levelIndex] = level
            }
            self.level = nil
        case "lvlOverride": overriddenLevel = nil
        case "abstractNum":
            if let definitionId { numbering.definitions[definitionId] = definition }
            definitionId = nil
        case "num":
            if let listId { numbering.lists[listId] = list }
            listId = nil
        default: break
        }
    }

    func characters(_ text: String) {}
}
