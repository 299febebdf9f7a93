/// What a file to import is, told by its first bytes rather than its name.
package enum FileKind: Sendable {
    /// A PDF: `%PDF-`, possibly after up to 1024 bytes of junk, as PDF readers allow.
    case pdf
    /// A zip archive (`PK\3\4`), such as an xlsx or docx.
    case zip
    /// A compound file (`D0 CF 11 E0`): Office 97–2003's .xls and .doc, WPS's .et and .wps, or
    /// an encrypted .xlsx/.docx.
    case compound
    /// Anything else, read as text.
    case text

    /// How far into the file PDF readers look for `%PDF-`.
    static let pdfHeaderWindow = 1024

    static func of(_ bytes: [UInt8]) -> FileKind {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compound }
        let pdfMagic: [UInt8] = Array("%PDF-".utf8)
        let lastStart = min(pdfHeaderWindow, bytes.count - pdfMagic.count)
        if lastStart >= 0 {
            for start in 0...lastStart where bytes[start] == pdfMagic[0] {
                if bytes[start..<start + pdfMagic.count].elementsEqual(pdfMagic) { return .pdf }
            }
        }
        return .text
    }
}
