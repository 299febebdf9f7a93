import Foundation
import Testing
import ZIPFoundation

@testable import ModelCore
@testable import ModelImport

/// Broken and hostile documents end in a located error or a reading, never a crash.
@Suite struct DOCXHostileInputTests {
    @Test func outOfRangeSpansLevelsAndStartsReadWithoutCrashing() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="2147483647"/><w:numFmt w:val="upperRoman"/>\
            <w:lvlText w:val="%1%%0%a%9%"/><w:lvlRestart w:val="-5"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="-2147483648"/>\
            <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            """
        let cell = { (properties: String, text: String) in "<w:tc><w:tcPr>\(properties)</w:tcPr>\(WordPackageBuilder.paragraph(text))</w:tc>" }
        let body = [
            WordPackageBuilder.paragraph("甲", listId: 1), WordPackageBuilder.paragraph("乙", listId: 1),
            WordPackageBuilder.paragraph("丙", listId: 1, level: 1), WordPackageBuilder.paragraph("丁", listId: 1, level: -1),
            WordPackageBuilder.paragraph("戊", listId: 99_999_999_999),
            "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/><w:fldChar w:fldCharType=\"separate\"/><w:t>己</w:t></w:r></w:p>",
            "<w:tc>\(WordPackageBuilder.paragraph("庚"))</w:tc><w:tr/><w:txbxContent>\(WordPackageBuilder.paragraph("辛"))</w:txbxContent>",
            "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"99999999\"/><w:gridAfter w:val=\"-4\"/></w:trPr>"
                + cell("<w:gridSpan w:val=\"-3\"/>", "a") + cell("<w:gridSpan w:val=\"abc\"/>", "b") + "</w:tr></w:tbl>"
        ].joined()
        let document = try DOCXReader.document(of: WordPackageBuilder.docx(body: body, numbering: numbering), file: "计划.docx")
        #expect(document.paragraphs == ["2147483647%%0%a0%甲", "2147483648%%0%a0%乙", "-2147483648丙", "丁", "戊", "己", "庚", "辛"])
        let row = try #require(document.tables.first?.rows.first)
        #expect(row.cells.count == 1002 && row.cells[1000...] == ["a", "b"])
    }

    @Test func tablesNestedFiveThousandDeepReadIntoTheOuterCell() throws {
        let depth = 5000
        let body =
            String(repeating: "<w:tbl><w:tr><w:tc>", count: depth) + WordPackageBuilder.paragraph("深")
            + String(repeating: "</w:tc></w:tr></w:tbl>", count: depth)
        let document = try DOCXReader.document(of: WordPackageBuilder.docx(body: body), file: "计划.docx")
        #expect(document.tables.map(\.rows) == [[CellRow(number: 1, cells: ["深"])]])
    }

    /// The plan fixture's styles that number its headings, without python-docx's 350 KB of others.
    private static let planStyles = """
        <w:styles xmlns:w="\(WordPackageBuilder.wordNamespace)"><w:style w:type="paragraph" w:styleId="PlanHeading1">\
        <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" \
        w:styleId="PlanHeading2"><w:basedOn w:val="PlanHeading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>
        """

    @Test func mutatedPartsOfThePlanNeverCrashTheReader() throws {
        let archive = try Archive(data: try DOCXFixture.data("plan"), accessMode: .read)
        var parts = [(path: "word/styles.xml", xml: Self.planStyles)]
        for path in ["word/document.xml", "word/numbering.xml"] {
            var bytes = Data()
            _ = try archive.extract(try #require(archive[path])) { bytes.append($0) }
            parts.append((path, String(decoding: bytes, as: UTF8.self)))
        }
        #expect(try DOCXReader.document(of: WordPackageBuilder.archive(parts), file: "计划.docx").paragraphs[1] == "一、总体要求")
        var random = 0x9E37_79B9_7F4A_7C15 as UInt64
        var failures = 0
        for round in 0..<300 {
            var mutatedParts = parts
            var mutated = Array(parts[round % 3].xml.utf8)
            for _ in 0..<3 {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let at = Int(random >> 33) % mutated.count
                switch random % 4 {
                case 0: mutated.removeSubrange(at..<min(at + Int(random % 40), mutated.count))
                case 1: mutated.insert(contentsOf: Array("<w:p>".utf8), at: at)
                case 2: mutated[at] = UInt8(truncatingIfNeeded: random >> 8)
                default: mutated.insert(contentsOf: mutated[at..<min(at + 200, mutated.count)], at: at)
                }
            }
            mutatedParts[round % 3].xml = String(decoding: mutated, as: UTF8.self)
            let data = try WordPackageBuilder.archive(mutatedParts, stored: true)
            do {
                _ = try DOCXReader.document(of: data, file: "计划.docx")
            } catch {
                #expect(error.file == "计划.docx!\(parts[round % 3].path)")
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test func bytesThatAreNotAnArchiveNeverCrashTheReader() {
        var random = 12345 as UInt64
        for length in [1, 3, 4, 22, 100, 4096] {
            var bytes = Data([0x50, 0x4B, 0x03, 0x04])
            while bytes.count < length + 4 {
                random = random &* 6_364_136_223_846_793_005 &+ 1
                bytes.append(UInt8(truncatingIfNeeded: random >> 40))
            }
            #expect(throws: LocatedError.self) { try DOCXReader.document(of: bytes, file: "计划.docx") }
        }
    }
}
