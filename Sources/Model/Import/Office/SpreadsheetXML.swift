import Foundation
import ModelCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A reader of one XML part of an `.xlsx`, shown its elements by `SpreadsheetXML.read` as they
/// stream past; it keeps what it needs and nothing of the tree.
protocol SpreadsheetPartReading: AnyObject {
    /// An element begins; `name` is its local name (`c` for `x:c`), `attributes` as written.
    func start(_ name: String, _ attributes: [String: String]) throws(LocatedError)
    /// The element `name` ends.
    func end(_ name: String) throws(LocatedError)
    /// Character data inside the current element.
    func characters(_ text: String)
}

/// Runs Foundation's SAX parser over one XML part of a workbook (SpreadsheetML, whichever prefix
/// it has); malformed XML, or what the reader refuses, is an error naming `file!part`.
enum SpreadsheetXML {
    /// Reads `data`, the part `part` of `file`, into `reader`.
    static func read(_ data: Data, part: String, of file: String, into reader: some SpreadsheetPartReading) throws(LocatedError) {
        let parser = try OfficeXMLGuard.parser(for: data, part: part, of: file)
        let delegate = SpreadsheetXMLDelegate(reader: reader)
        parser.delegate = delegate
        let finished = parser.parse()
        if let refused = delegate.refused { throw refused }
        let problem = OfficeXMLProblem.after(
            parser, finished: finished, firstError: delegate.firstError, sawRootElement: delegate.sawRootElement, isBalanced: delegate.depth == 0)
        if let problem { throw LocatedError(file: "\(file)!\(part)", line: 0, message: problem) }
    }

    /// The local part of a qualified name: `c` for `x:c`, `id` for `r:id`.
    static func localName(_ qualifiedName: String) -> String {
        guard let colon = qualifiedName.utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualifiedName }
        return String(qualifiedName[qualifiedName.index(after: colon)...])
    }
}

/// The parser's delegate: hands the reader local names and stops at the first error, the
/// parser's or the reader's.
private final class SpreadsheetXMLDelegate: NSObject, XMLParserDelegate {
    private let reader: any SpreadsheetPartReading
    private(set) var firstError: (code: Int, line: Int, column: Int)?
    private(set) var refused: LocatedError?
    private(set) var sawRootElement = false
    private(set) var depth = 0

    init(reader: any SpreadsheetPartReading) {
        self.reader = reader
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        sawRootElement = true
        depth += 1
        guard refused == nil else { return }
        do {
            try reader.start(SpreadsheetXML.localName(elementName), attributes)
        } catch {
            refuse(error, parser)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        guard refused == nil else { return }
        do {
            try reader.end(SpreadsheetXML.localName(elementName))
        } catch {
            refuse(error, parser)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if refused == nil { reader.characters(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if refused == nil { reader.characters(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber) }
    }

    private func refuse(_ error: LocatedError, _ parser: XMLParser) {
        refused = error
        parser.abortParsing()
    }
}
