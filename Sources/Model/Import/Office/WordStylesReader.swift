/// Reads styles.xml into `WordStyles`.
final class WordStylesReader: WordPartReading {
    private(set) var styles = WordStyles()
    private var styleId: String?
    private var styleType: String?
    private var style = WordParagraphStyle()

    func start(_ name: String, _ attributes: WordAttributes) -> WordElementChoice {
        switch name {
        case "style":
            styleId = attributes["styleId"]
            styleType = attributes["type"]
            style = WordParagraphStyle()
            if attributes["type"] == "paragraph", let isDefault = attributes["default"], ["1", "true", "on"].contains(isDefault) {
                styles.defaultParagraphStyle = styleId
            }
        case "basedOn": style.basedOn = attributes["val"]
        case "numId": style.listId = attributes.integer("val")
        case "ilvl": style.level = attributes.integer("val")
        case "rPr", "tblPr", "trPr", "tcPr", "tblStylePr", "docDefaults", "latentStyles": return .skip
        default: break
        }
        return .read
    }

    func end(_ name: String) {
        guard name == "style", let styleId else { return }
        switch styleType {
        case "paragraph": styles.paragraphStyles[styleId] = style
        case "numbering": styles.listStyleLists[styleId] = style.listId
        default: break
        }
        self.styleId = nil
    }

    func characters(_ text: String) {}
}
