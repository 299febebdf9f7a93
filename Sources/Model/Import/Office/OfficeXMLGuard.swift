import Foundation
import ModelCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Office writes its XML parts without a document type: a part with a DTD (`<!DOCTYPE`,
/// `<!ENTITY`) is refused before any parser sees it, so that no entity expands (the billion
/// laughs) and none reaches outside the file.
enum OfficeXMLGuard {
    /// A SAX parser for `data`, the part `part` of `file`, once the part is checked: reading
    /// from a stream, which Foundation feeds to libxml2 in chunks (handed the whole part as Data,
    /// it fails a part past libxml2's 10 MB lookup limit at its end), resolving no external entity.
    static func parser(for data: Data, part: String, of file: String) throws(LocatedError) -> XMLParser {
        try check(data, part: part, of: file)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        return parser
    }

    static func check(_ data: Data, part: String, of file: String) throws(LocatedError) {
        for marker in ["<!DOCTYPE", "<!ENTITY"] where data.range(of: Data(marker.utf8)) != nil {
            throw LocatedError(
                file: "\(file)!\(part)", line: 0, message: "XML with a document type (\(marker) …) is refused: Office never writes one")
        }
    }
}
