import Foundation

/// A reader of one XML part of a `.docx`, shown its WordprocessingML elements by `WordXML.read`.
protocol WordPartReading: AnyObject {
    /// An element of WordprocessingML's namespace begins; `name` is its local name (`p` for `w:p`).
    func start(_ name: String, _ attributes: WordAttributes) -> WordElementChoice
    /// The element `name` that `start` chose to read ends.
    func end(_ name: String)
    /// Character data inside the elements being read.
    func characters(_ text: String)
}

/// Whether the reader of a part wants an element's content.
enum WordElementChoice {
    /// Show the element's children and text, then its end.
    case read
    /// Pass over the element and everything in it (a tracked deletion, a field's code).
    case skip
}

/// An element's attributes, looked up by local name in WordprocessingML's namespace.
struct WordAttributes {
    private let values: [String: String]
    private let wordPrefix: String

    init(_ values: [String: String], wordPrefix: String) {
        self.values = values
        self.wordPrefix = wordPrefix
    }

    /// The value of `w:<name>` (`w:val`).
    subscript(_ name: String) -> String? { values[wordPrefix + name] }

    /// `w:<name>` read as a whole number, kept within the 32 bits the schema allows so that
    /// counting on from it cannot overflow; nil when absent or not a number.
    func integer(_ name: String) -> Int? {
        guard let value = self[name].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return min(max(value, Int(Int32.min)), Int(Int32.max))
    }

    /// A `w:val` on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless it says false.
    var isOn: Bool {
        guard let value = self["val"] else { return true }
        return !["0", "false", "off"].contains(value)
    }

    /// `xml:space="preserve"`: the text's leading and trailing spaces are part of it.
    var preservesSpace: Bool { values["xml:space"] == "preserve" }
}
