import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What went wrong in a malformed XML part of an Office file, in words, from the parser's error
/// code (libxml2's) and what its delegate saw.
enum OfficeXMLProblem {
    static let noElement = "the part holds no XML element"
    static let cutShort = "the part ends before its elements are closed (cut short?)"

    /// The problem with a part once `parser` has run, nil when it read well: the delegate's first
    /// error (where the parser stopped), else a part without an element or cut short.
    static func after(
        _ parser: XMLParser, finished: Bool, firstError: (code: Int, line: Int, column: Int)?, sawRootElement: Bool, isBalanced: Bool
    ) -> String? {
        if let error = firstError {
            return "malformed XML at line \(error.line), column \(error.column): " + describe(code: error.code)
        } else if !finished {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return "malformed XML at line \(parser.lineNumber), column \(parser.columnNumber): " + describe(code: code)
        } else if !sawRootElement {
            return "malformed XML: " + noElement
        } else if !isBalanced {
            return "malformed XML: " + cutShort
        }
        return nil
    }

    static func describe(code: Int) -> String {
        switch code {
        case 4: return noElement
        case 5: return "the XML is cut short, or goes on after its end"
        case 9: return "a character that XML does not allow"
        case 23: return "an entity reference without its closing ';'"
        case 26: return "an entity that is not defined"
        case 39, 40, 41: return "a malformed attribute"
        case 42: return "an attribute given twice"
        case 68: return "a '<' or '&' not followed by a name"
        case 73: return "a tag not closed by '>'"
        case 76: return "a closing tag that does not match its opening tag"
        case 201: return "a namespace prefix that is not declared"
        default: return "XML parser error \(code)"
        }
    }
}
