import Foundation
import ModelCore

/// Reads a Word document (`.docx`) into its paragraphs and tables.
enum DOCXReader {
    /// The document in `data`, the file `file` (`计划.docx`), which errors name.
    static func document(of data: Data, file: String) throws(LocatedError) -> WordDocument {
        try rejectOtherFormats(data, file: file)
        let package = try DOCXPackage(data: data, file: file)
        guard let body = try package.part(documentPart) else {
            throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): the ZIP archive has no \(documentPart)")
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

    /// An OLE compound file is a Word 97–2003 `.doc` or, holding an `EncryptedPackage`
    /// stream, a password-protected `.docx`; an RTF file is often named `.doc` too.
    private static func rejectOtherFormats(_ data: Data, file: String) throws(LocatedError) {
        if data.isEmpty { throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): the file is empty") }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let encryptedStream = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if data.range(of: encryptedStream) != nil {
                throw LocatedError(
                    file: file, line: 0, message: "a password-protected Word document: open it in Word, remove the password and save it again")
            }
            throw LocatedError(file: file, line: 0, message: "a Word 97–2003 .doc file: save it as .docx")
        }
        if data.starts(with: Array("{\\rtf".utf8)) {
            throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): an RTF file: save it as .docx")
        }
    }
}
