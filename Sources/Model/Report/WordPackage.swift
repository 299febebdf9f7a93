import Foundation
import ZIPFoundation

/// The fixed parts of a Word document and the zip that holds them (written with ZIPFoundation).
enum WordPackage {
    static func write(to path: String, parts: [(name: String, xml: String)]) throws {
        let url = URL(fileURLWithPath: path)
        // The empty temporary file `AtomicOutput` made: an archive is created only where none is.
        try? FileManager.default.removeItem(at: url)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ReportError.failed(path: path, reason: "cannot create the file")
        }
        for part in parts {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
    }

    /// Text for XML: the five special characters escaped, characters XML 1.0 forbids left out.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func coreProperties(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escaped(title))</dc:title><dc:creator>duban</dc:creator>\
        </cp:coreProperties>
        """
    }

    /// A paragraph style: its font (East Asian and Latin), size in half-points, and paragraph properties.
    private static func style(_ id: String, name: String, eastAsia: String, size: Int, bold: Bool = false, paragraph: String) -> String {
        """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="\(id)"><w:name w:val="\(name)"/><w:qFormat/>\
        <w:pPr>\(paragraph)</w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="\(eastAsia)" \
        w:cs="Times New Roman"/>\(bold ? "<w:b/>" : "")<w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
        """
    }

    /// 二号 (22 pt) title, 三号 (16 pt) headings and body, 小四 (12 pt) tables.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" \
        w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>\
        \(style("Title", name: "Title", eastAsia: "黑体", size: 44, paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"240\" w:line=\"700\" w:lineRule=\"exact\"/>"))\
        \(style("Subtitle", name: "Subtitle", eastAsia: "仿宋", size: 32, paragraph: "<w:jc w:val=\"center\"/>"))\
        \(style("Heading1", name: "heading 1", eastAsia: "黑体", size: 32, paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"0\"/>"))\
        \(style("Heading2", name: "heading 2", eastAsia: "楷体", size: 32, bold: true, paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"1\"/>"))\
        \(style("BodyText", name: "Body Text", eastAsia: "仿宋", size: 32, paragraph: "<w:jc w:val=\"both\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"))\
        \(style("TableHeader", name: "Table Header", eastAsia: "黑体", size: 24, paragraph: "<w:spacing w:line=\"360\" w:lineRule=\"exact\"/>"))\
        \(style("TableText", name: "Table Text", eastAsia: "仿宋", size: 24, paragraph: "<w:spacing w:line=\"360\" w:lineRule=\"exact\"/>"))\
        </w:styles>
        """
}
