import Foundation

/// Reads word/document.xml into blocks: paragraphs as Word's final view shows them, list
/// labels written out, and tables laid on their grids.
final class DOCXBodyReader: WordPartReading {
    private var counter: WordListCounter
    /// The body, then each table cell and text box being read inside it.
    private var containers: [WordBlockContainer] = [WordBlockContainer()]
    /// The paragraph being read, after the paragraphs that hold the text boxes it is in.
    private var paragraphs: [WordParagraphState] = []
    /// The table being read, after the tables whose cells hold it.
    private var tables: [WordTableState] = []
    /// For each complex field open (`w:fldChar`), whether its code (not its result) is being read.
    private var fieldsInCode: [Bool] = []
    private var tableCount = 0
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var inRowProperties = false
    private var inCellProperties = false
    /// The `w:t` being read, and whether its edge spaces count.
    private var textRun: String?
    private var textPreservesSpace = false

    init(counter: WordListCounter) {
        self.counter = counter
    }

    /// The document's blocks, once the part has been read.
    func finish() -> [WordBlock] {
        containers[0].addJoinedText()
        return containers[0].blocks
    }

    func start(_ name: String, _ attributes: WordAttributes) -> WordElementChoice {
        if name.hasSuffix("Change") { return .skip }  // the properties before a tracked change
        switch name {
        case "p": paragraphs.append(WordParagraphState())
        case "pPr": inParagraphProperties = true
        case "rPr": inRunProperties = true
        case "pStyle", "numId", "ilvl", "del", "moveFrom", "vanish", "gridBefore", "gridAfter", "gridSpan", "vMerge":
            return property(name, attributes)
        case "t":
            guard showsText else { return .skip }
            textRun = ""
            textPreservesSpace = attributes.preservesSpace
        case "tab", "ptab": if !inParagraphProperties { append("\t") }
        case "br", "cr": append("\n")
        case "noBreakHyphen": append("-")
        case "fldChar": field(attributes["fldCharType"])
        case "r": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].runHidden = false }
        // Field codes and deleted text even outside a field or a deletion; ruby's guide text; a
        // content control's own formatting, not its content's; properties that hold no text.
        case "instrText", "delText", "delInstrText", "rt", "sdtPr", "sdtEndPr", "sectPr", "tblPr", "tblPrEx": return .skip
        case "txbxContent": containers.append(WordBlockContainer())
        case "tc": if !tables.isEmpty { containers.append(WordBlockContainer()) }
        case "tbl": tables.append(WordTableState())
        case "gridCol": if !tables.isEmpty { tables[tables.count - 1].gridColumns += 1 }
        case "trPr": inRowProperties = true
        case "tcPr": inCellProperties = true
        default: break
        }
        return .read
    }

    func end(_ name: String) {
        switch name {
        case "t": endText()
        case "p": endParagraph()
        case "pPr": inParagraphProperties = false
        case "rPr": inRunProperties = false
        case "trPr": inRowProperties = false
        case "tcPr": inCellProperties = false
        case "txbxContent": endTextBox()
        case "tc": endCell()
        case "tr": if !tables.isEmpty { tables[tables.count - 1].finishRow() }
        case "tbl": endTable()
        default: break
        }
    }

    func characters(_ text: String) {
        textRun?.append(text)
    }

    /// Whether run content shows: not hidden, not a field's code.
    private var showsText: Bool {
        !(paragraphs.last?.runHidden ?? false) && !fieldsInCode.contains(true)
    }

    private func append(_ text: String) {
        guard showsText, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
    }

    /// A paragraph's, row's or cell's property; `w:del` and `w:moveFrom` outside them wrap deleted runs.
    private func property(_ name: String, _ attributes: WordAttributes) -> WordElementChoice {
        let paragraph = paragraphs.count - 1
        let table = tables.count - 1
        switch name {
        case "pStyle" where inParagraphProperties && paragraph >= 0: paragraphs[paragraph].style = attributes["val"]
        case "numId" where inParagraphProperties && paragraph >= 0: paragraphs[paragraph].listId = attributes.integer("val")
        case "ilvl" where inParagraphProperties && paragraph >= 0: paragraphs[paragraph].level = attributes.integer("val")
        case "vanish" where inRunProperties && !inParagraphProperties && paragraph >= 0:
            paragraphs[paragraph].runHidden = attributes.isOn
        case "del", "moveFrom":
            if inParagraphProperties && paragraph >= 0 {
                paragraphs[paragraph].markDeleted = true
            } else if inRowProperties && table >= 0 {
                tables[table].row.isDeleted = true
            } else if !inRunProperties {
                return .skip
            }
        case "gridBefore" where inRowProperties && table >= 0:
            tables[table].row.gridBefore = WordTableState.columns(attributes.integer("val"), least: 0)
        case "gridAfter" where inRowProperties && table >= 0:
            tables[table].row.gridAfter = WordTableState.columns(attributes.integer("val"), least: 0)
        case "gridSpan" where inCellProperties && table >= 0:
            tables[table].cell.span = WordTableState.columns(attributes.integer("val"), least: 1)
        case "vMerge" where inCellProperties && table >= 0:
            tables[table].cell.merge = attributes["val"] == "restart" ? .restart : .continuation
        default: break
        }
        return .read
    }

    private func field(_ type: String?) {
        switch type {
        case "begin": fieldsInCode.append(true)
        case "separate": if !fieldsInCode.isEmpty { fieldsInCode[fieldsInCode.count - 1] = false }
        case "end": _ = fieldsInCode.popLast()
        default: break
        }
    }

    private func endText() {
        guard let text = textRun else { return }
        textRun = nil
        let hasEdgeSpace = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        append(textPreservesSpace || !hasEdgeSpace ? text : text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func endParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        let container = containers.count - 1
        if paragraph.markDeleted {
            containers[container].joinedText += paragraph.text
        } else {
            let label = counter.label(style: paragraph.style, listId: paragraph.listId, level: paragraph.level)
            containers[container].add(label: label, text: paragraph.text)
        }
        containers[container].blocks += paragraph.anchoredBlocks
    }

    /// A text box's paragraphs follow the paragraph it is anchored in.
    private func endTextBox() {
        guard containers.count > 1 else { return }
        var box = containers.removeLast()
        box.addJoinedText()
        if paragraphs.isEmpty {
            containers[containers.count - 1].blocks += box.blocks
        } else {
            paragraphs[paragraphs.count - 1].anchoredBlocks += box.blocks
        }
    }

    private func endCell() {
        guard containers.count > 1, !tables.isEmpty else { return }
        var cell = containers.removeLast()
        cell.addJoinedText()
        tables[tables.count - 1].finishCell(text: cell.cellText)
    }

    /// A top-level table becomes `表1`, `表2`, …; a nested one, text of the cell it is in.
    private func endTable() {
        guard let table = tables.popLast() else { return }
        let container = containers.count - 1
        if tables.isEmpty {
            tableCount += 1
            containers[container].blocks.append(.table(table.grid(named: "表\(tableCount)")))
        } else {
            containers[container].add(label: "", text: table.text)
        }
    }
}
