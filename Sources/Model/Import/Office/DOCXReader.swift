import Foundation
import ModelCore

/// Reads a Word document (`.docx`) into its paragraphs and tables.
enum DOCXReader {
    /// The document in `data`, the file `file` (`计划.docx`), which errors name.
    static func document(of data: Data, file: String) throws(LocatedError) -> WordDocument {
        try rejectOtherFormats(data, file: file)
        let package = try OfficePackage(data: data, file: file, kind: .document)
        guard let body = try package.part(documentPart) else {
            throw LocatedError(file: file, line: 0, message: "\(package.kind.notOne): the ZIP archive has no \(documentPart)")
        }
        let stylesReader = WordStylesReader()
        if let styles = try package.part(stylesPart) { try WordXML.read(styles, part: stylesPart, of: file, into: stylesReader) }
        let numberingReader = WordNumberingReader()
        if let numbering = try package.part(numberingPart) {
            try WordXML.read(numbering, part: numberingPart, of: file, into: numberingReader)
        }
        let bodyReader = DOCXBodyReader(counter: WordListCounter(numbering: numberingReader.numbering, styles: stylesReader.styles))
        try WordXML.read(body, part: documentPart, of: file, into: bodyReader)
        return WordDocument(blocks: bodyReader.finish())
    }

    private static let documentPart = "word/document.xml"
    private static let stylesPart = "word/styles.xml"
    private static let numberingPart = "word/numbering.xml"

    /// An empty file, or an RTF file named `.docx` (RTF is often named `.doc`); an old `.doc` or
    /// a password-protected file is the importer's to refuse (`OldOfficeFormat`), before this reads.
    private static func rejectOtherFormats(_ data: Data, file: String) throws(LocatedError) {
        if data.isEmpty { throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): the file is empty") }
        if data.starts(with: Array("{\\rtf".utf8)) {
            throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): an RTF file: save it as .docx")
        }
    }
}
