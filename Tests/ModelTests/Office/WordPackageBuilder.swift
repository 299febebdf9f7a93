import Foundation
import ZIPFoundation

/// `.docx` packages zipped at test time from hand-written XML parts, for what python-docx
/// cannot write: malformed XML, missing parts, documents made to a size.
enum WordPackageBuilder {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A ZIP archive of `parts` (path → XML), deflated unless `stored`.
    static func archive(_ parts: [(path: String, xml: String)], stored: Bool = false) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: stored ? .none : .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// A package whose word/document.xml has `body` inside `w:document/w:body`.
    static func docx(body: String, numbering: String? = nil, stored: Bool = false) throws -> Data {
        var parts = [(path: "word/document.xml", xml: document(body))]
        if let numbering {
            parts.append((path: "word/numbering.xml", xml: "<w:numbering xmlns:w=\"\(wordNamespace)\">\(numbering)</w:numbering>"))
        }
        return try archive(parts, stored: stored)
    }

    /// word/document.xml with `body` inside `w:document/w:body`.
    static func document(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>"
    }

    /// A paragraph holding `text` in one run, numbered by list `listId` at `level` when given.
    static func paragraph(_ text: String, listId: Int? = nil, level: Int = 0) -> String {
        let numbering = listId.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(numbering)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
}
