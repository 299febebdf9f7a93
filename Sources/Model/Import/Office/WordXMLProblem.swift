/// What went wrong in a malformed XML part, in words, from the parser's error code (libxml2's).
enum WordXMLProblem {
    static let noElement = "the part holds no XML element"
    static let cutShort = "the part ends before its elements are closed (cut short?)"

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
