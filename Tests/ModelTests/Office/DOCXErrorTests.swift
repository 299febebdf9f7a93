import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// What is not a readable `.docx` fails with a message naming the file, and the part when the XML is bad.
@Suite struct DOCXErrorTests {
    private func error(reading data: Data) -> LocatedError? {
        do {
            _ = try DOCXReader.document(of: data, file: "计划.docx")
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileThatIsNotAZIPIsNotAWordDocument() {
        let found = error(reading: Data("一、总体要求\n".utf8))
        #expect(found == LocatedError(file: "计划.docx", line: 0, message: "not a Word document (.docx): the file is not a ZIP archive"))
        #expect(error(reading: Data())?.message == "not a Word document (.docx): the file is empty")
        #expect(error(reading: Data("{\\rtf1\\ansi 一、总体要求}".utf8))?.message == "not a Word document (.docx): an RTF file: save it as .docx")
    }

    @Test func aZIPWithoutWordDocumentXMLIsNotAWordDocument() throws {
        let data = try WordPackageBuilder.archive([(path: "xl/workbook.xml", xml: "<workbook/>")])
        #expect(error(reading: data)?.message == "not a Word document (.docx): the ZIP archive has no word/document.xml")
    }

    @Test func malformedXMLNamesThePartAndWhereInIt() throws {
        let data = try WordPackageBuilder.archive([
            (path: "word/document.xml", xml: "<w:document xmlns:w=\"\(WordPackageBuilder.wordNamespace)\">\n<w:body><w:p></w:body>")
        ])
        #expect(
            error(reading: data)
                == LocatedError(
                    file: "计划.docx!word/document.xml", line: 0,
                    message: "malformed XML at line 2, column 23: a closing tag that does not match its opening tag"))
    }

    @Test func aPartWithADocumentTypeIsRefusedBeforeAnyEntityExpands() throws {
        let laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
            + "<w:document xmlns:w=\"\(WordPackageBuilder.wordNamespace)\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
        let data = try WordPackageBuilder.archive([(path: "word/document.xml", xml: laughs)])
        #expect(
            error(reading: data)
                == LocatedError(
                    file: "计划.docx!word/document.xml", line: 0,
                    message: "XML with a document type (<!DOCTYPE …) is refused: Office never writes one"))
    }

    @Test func aCutShortPartIsMalformed() throws {
        let whole = WordPackageBuilder.document(WordPackageBuilder.paragraph("推进项目建设"))
        for length in [0, 10, whole.utf8.count / 2, whole.utf8.count - 3] {
            let part = String(decoding: Data(whole.utf8).prefix(length), as: UTF8.self)
            let found = error(reading: try WordPackageBuilder.archive([(path: "word/document.xml", xml: part)]))
            #expect(found?.file == "计划.docx!word/document.xml", "\(length)")
            #expect(found?.message.hasPrefix("malformed XML") == true, "\(length): \(found?.message ?? "read")")
        }
    }

    @Test func malformedStylesOrNumberingAreNamedToo() throws {
        let document = (path: "word/document.xml", xml: WordPackageBuilder.document(WordPackageBuilder.paragraph("甲")))
        for part in ["word/styles.xml", "word/numbering.xml"] {
            let data = try WordPackageBuilder.archive([document, (path: part, xml: "<w:styles><w:style>&nbsp;</w:style></w:styles>")])
            #expect(error(reading: data)?.file == "计划.docx!\(part)")
        }
    }

    @Test func aDamagedEntryIsReportedAsADamagedArchive() throws {
        var data = try WordPackageBuilder.archive(
            [(path: "word/document.xml", xml: WordPackageBuilder.document(WordPackageBuilder.paragraph("推进项目建设")))], stored: true)
        let textStart = try #require(data.range(of: Data("推进".utf8))).lowerBound
        data[textStart] ^= 0xFF
        #expect(error(reading: data)?.message == "the ZIP archive is damaged: word/document.xml cannot be unpacked")
    }

    @Test func aPartLargerThanTheLimitIsRefusedRatherThanUnpacked() throws {
        let body = String(repeating: WordPackageBuilder.paragraph("推进项目建设"), count: 40_000)
        let data = try WordPackageBuilder.docx(body: body)
        let package = try OfficePackage(data: data, file: "计划.docx", kind: .document, partMegabytes: 1)
        #expect(
            throws: LocatedError(
                file: "计划.docx", line: 0, message: "word/document.xml unpacks to more than 1 MB: not read (a damaged or hostile file?)")
        ) {
            try package.part("word/document.xml")
        }
        #expect(try OfficePackage(data: data, file: "计划.docx", kind: .document).part("word/document.xml")?.count ?? 0 > 1024 * 1024)
    }
}
