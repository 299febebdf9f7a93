import Foundation
import ModelCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's SAX parser over one XML part of a `.docx` and shows its reader the
/// WordprocessingML elements, taking one branch of each `mc:AlternateContent`.
enum WordXML {
    /// Reads `data`, the part `part` of `file`; malformed XML is an error naming `file!part`.
    static func read(_ data: Data, part: String, of file: String, into reader: some WordPartReading) throws(LocatedError) {
        let parser = try OfficeXMLGuard.parser(for: data, part: part, of: file)
        let delegate = WordXMLDelegate(reader: reader)
        parser.delegate = delegate
        parser.shouldReportNamespacePrefixes = true
        let finished = parser.parse()
        let problem = OfficeXMLProblem.after(
            parser, finished: finished, firstError: delegate.firstError, sawRootElement: delegate.sawRootElement, isBalanced: delegate.isBalanced)
        if let problem { throw LocatedError(file: "\(file)!\(part)", line: 0, message: problem) }
    }
}

/// The parser's delegate: resolves prefixes, skips what the reader or markup compatibility passes over.
private final class WordXMLDelegate: NSObject, XMLParserDelegate {
    /// An element that has begun and not yet ended.
    private enum OpenElement {
        case word(String)
        case alternateContent
        case other
    }

    /// The namespaces told apart, by what they are to the reader.
    private enum Namespace {
        case word, markupCompatibility, understoodChoice, other
    }

    private let reader: any WordPartReading
    /// Each declared prefix's namespaces ("" for the default one), the innermost declaration last.
    private var namespaces: [String: [Namespace]] = [:]
    /// The prefix with its colon (`w:`) that WordprocessingML has where it is being read, for a
    /// quick match of element names and attributes; "" when it has none or the default namespace.
    private var wordPrefix = ""
    private var open: [OpenElement] = []
    /// While set, elements are passed over until the open count falls back to it.
    private var skippingAbove: Int?
    /// For each open `mc:AlternateContent`, whether one of its branches has been taken.
    private var branchTaken: [Bool] = []
    private(set) var firstError: (code: Int, line: Int, column: Int)?
    private(set) var sawRootElement = false
    var isBalanced: Bool { open.isEmpty }

    init(reader: any WordPartReading) {
        self.reader = reader
    }

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        let namespace: Namespace
        if WordNamespaces.word.contains(namespaceURI) {
            namespace = .word
        } else if namespaceURI == WordNamespaces.markupCompatibility {
            namespace = .markupCompatibility
        } else {
            namespace = WordNamespaces.understoodChoices.contains(namespaceURI) ? .understoodChoice : .other
        }
        namespaces[prefix, default: []].append(namespace)
        prefixChanged(prefix)
    }

    func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
        _ = namespaces[prefix]?.popLast()
        prefixChanged(prefix)
    }

    private func prefixChanged(_ prefix: String) {
        guard !prefix.isEmpty else { return }
        if namespaces[prefix]?.last == .word {
            wordPrefix = prefix + ":"
        } else if wordPrefix == prefix + ":" {
            wordPrefix = ""
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        sawRootElement = true
        guard skippingAbove == nil else {
            open.append(.other)
            return
        }
        let (namespace, local) = resolve(elementName)
        switch namespace {
        case .word:
            let choice = reader.start(local, WordAttributes(attributes, wordPrefix: wordPrefix))
            if choice == .skip { skippingAbove = open.count }
            open.append(.word(local))
        case .markupCompatibility: startMarkupCompatibility(local, attributes: attributes)
        case .understoodChoice, .other: open.append(.other)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = open.popLast() else { return }
        if let depth = skippingAbove {
            if open.count == depth { skippingAbove = nil }
            return
        }
        switch element {
        case .word(let name): reader.end(name)
        case .alternateContent: branchTaken.removeLast()
        case .other: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skippingAbove == nil { reader.characters(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if skippingAbove == nil { reader.characters(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber) }
    }

    /// `mc:AlternateContent` opens a choice; its first understood `mc:Choice`, or else its
    /// `mc:Fallback`, is read and the other branches passed over.
    private func startMarkupCompatibility(_ local: String, attributes: [String: String]) {
        switch local {
        case "AlternateContent":
            branchTaken.append(false)
            open.append(.alternateContent)
            return
        case "Choice" where branchTaken.last == false && understands(attributes["Requires"] ?? ""),
            "Fallback" where branchTaken.last == false:
            branchTaken[branchTaken.count - 1] = true
        default:
            skippingAbove = open.count
        }
        open.append(.other)
    }

    private func understands(_ requires: String) -> Bool {
        let prefixes = requires.split(separator: " ")
        return !prefixes.isEmpty && prefixes.allSatisfy { namespaces[String($0)]?.last == .understoodChoice }
    }

    private func resolve(_ qualifiedName: String) -> (namespace: Namespace, local: String) {
        if !wordPrefix.isEmpty, qualifiedName.utf8.starts(with: wordPrefix.utf8) {
            return (.word, String(qualifiedName.utf8.dropFirst(wordPrefix.utf8.count)) ?? qualifiedName)
        }
        guard let colon = qualifiedName.firstIndex(of: ":") else { return (namespaces[""]?.last ?? .other, qualifiedName) }
        let prefix = String(qualifiedName[..<colon])
        return (namespaces[prefix]?.last ?? .other, String(qualifiedName[qualifiedName.index(after: colon)...]))
    }
}

/// The XML namespaces the parts' reader tells apart.
private enum WordNamespaces {
    /// WordprocessingML, transitional and strict.
    static let word: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Drawing namespaces whose `mc:Choice` the reader takes: shapes, groups and canvases hold
    /// their text in `w:txbxContent`, which it reads.
    static let understoodChoices: Set<String> = [
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"
    ]
}
