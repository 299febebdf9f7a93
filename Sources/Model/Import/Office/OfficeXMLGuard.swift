import Foundation
import ModelCore

/// Office writes its XML parts without a document type: a part with a DTD (`<!DOCTYPE`,
/// `<!ENTITY`) is refused before any parser sees it, so that no entity expands (the billion
/// laughs) and none reaches outside the file.
enum OfficeXMLGuard {
    static func check(_ data: Data, part: String, of file: String) throws(LocatedError) {
        for marker in ["<!DOCTYPE", "<!ENTITY"] where data.range(of: Data(marker.utf8)) != nil {
            throw LocatedError(
                file: "\(file)!\(part)", line: 0, message: "XML with a document type (\(marker) …) is refused: Office never writes one")
        }
    }
}
