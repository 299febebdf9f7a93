import Foundation
import Testing
import ZIPFoundation

@testable import ModelCore
@testable import ModelImport

/// What is not a readable workbook, and what a hostile one tries, ends in one clear located
/// error naming the file and the part, or is ignored; never a crash.
@Suite struct XLSXErrorTests {
    private typealias Build = XLSXPackageBuilder
    private static let task = (name: "任务清单", xml: Build.sheet(Build.row(1, ["序号", "工作任务"]) + Build.row(2, ["1", "推进项目建设"])))

    private func error(reading data: Data) -> LocatedError? {
        do {
            _ = try XLSXReader.sheets(of: data, file: "台账.xlsx")
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileThatIsNotAZIPIsNotAWorkbook() {
        #expect(
            error(reading: Data("序号,工作任务\n".utf8))
                == LocatedError(file: "台账.xlsx", line: 0, message: "not an Excel workbook (.xlsx): the file is not a ZIP archive"))
        #expect(error(reading: Data())?.message == "not an Excel workbook (.xlsx): the file is empty")
    }

    @Test func aZIPWithoutTheWorkbookSaysWhatItIsInstead() throws {
        let cases = [
            ("xl/worksheets/sheet1.xml", "not an Excel workbook (.xlsx): the ZIP archive has no xl/workbook.xml"),
            ("word/document.xml", "not an Excel workbook (.xlsx): a Word document (it holds word/document.xml): import it as .docx"),
            ("xl/workbook.bin", "not an Excel workbook (.xlsx): a binary workbook (.xlsb): save it as an Excel workbook (.xlsx) in Excel or WPS")
        ]
        for (path, message) in cases {
            #expect(
                error(reading: try WordPackageBuilder.archive([(path: path, xml: "<x/>")]))
                    == LocatedError(file: "台账.xlsx", line: 0, message: message))
        }
    }

    @Test func aWorkbookWithoutSheetsOrWithoutASheetsPartSaysSo() throws {
        let empty = try WordPackageBuilder.archive([(path: "xl/workbook.xml", xml: "<workbook xmlns=\"\(Build.namespace)\"><sheets/></workbook>")])
        #expect(error(reading: empty) == LocatedError(file: "台账.xlsx!xl/workbook.xml", line: 0, message: "the workbook has no sheets"))
        let lost = try Build.workbook(sheets: [Self.task]).removing("xl/worksheets/sheet1.xml")
        #expect(
            error(reading: lost)
                == LocatedError(
                    file: "台账.xlsx!xl/workbook.xml", line: 0, message: "sheet “任务清单” has no part in the archive (xl/worksheets/sheet1.xml)"))
    }

    @Test func malformedXMLNamesThePartAndWhereInIt() throws {
        let data = try Build.workbook(sheets: [(name: "任务清单", xml: "<worksheet xmlns=\"\(Build.namespace)\">\n<sheetData><row></sheetData>")])
        #expect(
            error(reading: data)
                == LocatedError(
                    file: "台账.xlsx!xl/worksheets/sheet1.xml", line: 0,
                    message: "malformed XML at line 2, column 29: a closing tag that does not match its opening tag"))
    }

    @Test func aCutShortPartIsMalformed() throws {
        let whole = Self.task.xml
        for length in [0, 10, whole.utf8.count / 2, whole.utf8.count - 3] {
            let part = String(decoding: Data(whole.utf8).prefix(length), as: UTF8.self)
            let found = error(reading: try Build.workbook(sheets: [(name: "任务清单", xml: part)]))
            #expect(found?.file == "台账.xlsx!xl/worksheets/sheet1.xml", "\(length)")
            #expect(found?.message.hasPrefix("malformed XML") == true, "\(length): \(found?.message ?? "read")")
        }
    }

    @Test func aPartWithADocumentTypeIsRefusedBeforeAnyEntityExpands() throws {
        let laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
            + "<worksheet xmlns=\"\(Build.namespace)\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
        #expect(
            error(reading: try Build.workbook(sheets: [(name: "任务清单", xml: laughs)]))
                == LocatedError(
                    file: "台账.xlsx!xl/worksheets/sheet1.xml", line: 0,
                    message: "XML with a document type (<!DOCTYPE …) is refused: Office never writes one"))
    }

    @Test func cellsThatNameNothingAreRefusedWithTheirCell() throws {
        let cases = [
            (
                "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>",
                "sheet “任务清单”: cell B3 names shared string “7”, which the workbook does not have (it has 1)"
            ),
            ("<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>", "sheet “任务清单”: cell reference “XFE3” names no cell of an Excel sheet"),
            ("<row r=\"0\"/>", "sheet “任务清单”: row number “0” is not one of Excel's rows"),
            ("<c r=\"A1\"><v>1</v></c>", "sheet “任务清单”: a cell outside a row"),
            // Found by OfficeFuzzTests (xlsx case 241): libxml2 still reports the </c> after a stray
            // <row>, and the cell's text landed at column −1 of a row eight wide (a crash).
            (
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"H1\" t=\"inlineStr\"><is><t>未启动</t></is><row></c></row>",
                "sheet “任务清单”: a row inside row 1"
            ),
            ("<row r=\"1\"><c r=\"C1\"><c r=\"D1\"/></c></row>", "sheet “任务清单”: a cell inside cell C1")
        ]
        for (rows, message) in cases {
            let data = try Build.workbook(sheets: [(name: "任务清单", xml: Build.sheet(rows))], sharedStrings: ["<si><t>甲</t></si>"])
            #expect(error(reading: data) == LocatedError(file: "台账.xlsx!xl/worksheets/sheet1.xml", line: 0, message: message))
        }
        let badMerge = try Build.workbook(sheets: [(name: "任务清单", xml: Build.sheet("", merges: ["A1:ZZZZ9"]))])
        #expect(error(reading: badMerge)?.message == "sheet “任务清单”: merged cells “A1:ZZZZ9” name no range of an Excel sheet")
    }

    @Test func aZIPBombPartIsRefusedUnread() throws {
        let padding = String(repeating: " ", count: 12 * 1024 * 1024)
        let bomb = Build.sheet(padding + Build.row(1, ["甲"]))
        let data = try Build.workbook(sheets: [(name: "任务清单", xml: bomb)])
        let found = try #require(error(reading: data))
        #expect(found.file == "台账.xlsx")
        #expect(found.message.hasPrefix("xl/worksheets/sheet1.xml unpacks to more than 100 times its packed "), "\(found.message)")
        #expect(found.message.hasSuffix(" bytes: not read (a ZIP bomb?)"))
        let stored = try Build.workbook(sheets: [(name: "任务清单", xml: bomb)], stored: true)
        let package = try OfficePackage(data: stored, file: "台账.xlsx", kind: .workbook)
        #expect(try package.part("xl/worksheets/sheet1.xml")?.count == bomb.utf8.count, "12 MB unpacked from 12 MB is no bomb")
    }

    @Test func entriesWhosePathsLeaveTheArchiveAreIgnored() throws {
        let evil = Build.sheet(Build.row(1, ["恶意"]))
        let data = try Build.workbook(sheets: [Self.task], extra: [(path: "../evil.xml", xml: evil), (path: "/etc/evil.xml", xml: evil)])
        let package = try OfficePackage(data: data, file: "台账.xlsx", kind: .workbook)
        #expect(!package.contains("../evil.xml") && !package.contains("/etc/evil.xml") && package.contains("xl/workbook.xml"))
        #expect(try XLSXReader.sheets(of: data, file: "台账.xlsx").map(\.name) == ["任务清单"])
        #expect(XLSXRelationships.path(of: "../../evil.xml", base: "xl") == nil)
        #expect(XLSXRelationships.path(of: "/xl/worksheets/sheet1.xml", base: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXRelationships.path(of: "./worksheets/../worksheets/sheet%201.xml", base: "xl") == "xl/worksheets/sheet 1.xml")
        let rels =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            + "Type=\"\(Build.relationshipsNamespace)/worksheet\" Target=\"../../evil.xml\"/></Relationships>"
        let escaping = try data.replacing("xl/_rels/workbook.xml.rels", with: rels)
        #expect(
            error(reading: escaping)
                == LocatedError(file: "台账.xlsx!xl/workbook.xml", line: 0, message: "sheet “任务清单” has no part in the archive (relationship “rId1”)"))
    }

    @Test func aSheetOfMillionsOfCellsIsRefused() throws {
        let rows = (1...700).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        let found = error(reading: try Build.workbook(sheets: [(name: "任务清单", xml: Build.sheet(rows))]))
        #expect(
            found?.message == "sheet “任务清单”: the sheet holds more than 10000000 cells, counting each row up to its last filled cell: not read")
        let wide = (1...700).map { "<row r=\"\($0)\"><c r=\"CW\($0)\"><v>1</v></c></row>" }.joined()
        let merges = Array(repeating: "A1:XFD700", count: 200)
        let covered = error(reading: try Build.workbook(sheets: [(name: "任务清单", xml: Build.sheet(wide, merges: merges))]))
        #expect(covered?.message == "sheet “任务清单”: its merged cells cover more than 10000000 cells: not read")
    }

    @Test func mutatedPartsOfTheLedgerNeverCrashTheReader() throws {
        let archive = try Archive(data: try XLSXFixture.data("ledger"), accessMode: .read)
        var parts: [(path: String, xml: String)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts.append((entry.path, String(decoding: bytes, as: UTF8.self)))
        }
        let targets = parts.indices.filter { parts[$0].path.hasPrefix("xl/") && !parts[$0].path.contains("theme") }
        var random = 0x2545_F491_4F6C_DD1D as UInt64
        var failures = 0
        for round in 0..<300 {
            var mutatedParts = parts
            let target = targets[round % targets.count]
            var mutated = Array(parts[target].xml.utf8)
            for _ in 0..<3 {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let at = Int(random >> 33) % mutated.count
                switch random % 4 {
                case 0: mutated.removeSubrange(at..<min(at + Int(random % 40), mutated.count))
                case 1: mutated.insert(contentsOf: Array("<c r=\"XFD1\"><v>".utf8), at: at)
                case 2: mutated[at] = UInt8(truncatingIfNeeded: random >> 8)
                default: mutated.insert(contentsOf: mutated[at..<min(at + 200, mutated.count)], at: at)
                }
            }
            mutatedParts[target].xml = String(decoding: mutated, as: UTF8.self)
            let data = try WordPackageBuilder.archive(mutatedParts, stored: true)
            do {
                _ = try XLSXReader.sheets(of: data, file: "台账.xlsx")
            } catch {
                #expect(error.file.hasPrefix("台账.xlsx"))
                failures += 1
            }
        }
        #expect(failures > 0)
    }
}

extension Data {
    /// The ZIP archive without its entry at `path`.
    fileprivate func removing(_ path: String) throws -> Data { try rewritten { $0 == path ? nil : $1 } }

    /// The ZIP archive with its entry at `path` holding `xml` instead.
    fileprivate func replacing(_ path: String, with xml: String) throws -> Data { try rewritten { $0 == path ? xml : $1 } }

    private func rewritten(_ change: (String, String) -> String?) throws -> Data {
        let archive = try Archive(data: self, accessMode: .read)
        var parts: [(path: String, xml: String)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            if let xml = change(entry.path, String(decoding: bytes, as: UTF8.self)) { parts.append((entry.path, xml)) }
        }
        return try WordPackageBuilder.archive(parts)
    }
}
