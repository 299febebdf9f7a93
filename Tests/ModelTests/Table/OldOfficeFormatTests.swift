import Foundation
import ModelCore
import Testing

@testable import ModelImport

/// Files in Office 97–2003's compound format are told by their first bytes, whatever their name,
/// and refused in one line that says how to save them in a format duban reads.
@Suite struct OldOfficeFormatTests {
    private func refusal(named name: String, stream: String = "") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duban-old-\(UUID().uuidString)-\(name)").path
        let bytes: [UInt8] =
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
            + stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Importer.read(path: path)
        } catch let error as LocatedError {
            #expect(error.file == path && error.line == 0)
            return error.message
        }
        Issue.record("\(name) was read")
        return ""
    }

    @Test func anOldWorkbookOrDocumentSaysHowToSaveItAgain() throws {
        #expect(throws: LocatedError.self) { try Importer.parse([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], file: "计划.docx", format: .docx) }
        #expect(try refusal(named: "台账.xls").hasPrefix("an Excel 97–2003 or WPS 表格 file (.xls)"))
        #expect(try refusal(named: "台账.et").contains("save it as an Excel workbook (.xlsx)"))
        #expect(try refusal(named: "计划.doc").hasPrefix("a Word 97–2003 or WPS 文字 file (.doc)"))
        #expect(try refusal(named: "计划.wps").contains("Word 文档(*.docx)"))
        #expect(try refusal(named: "计划.docx", stream: "EncryptedPackage").hasPrefix("a password-protected Office file"))
        #expect(try refusal(named: "计划.doc", stream: "EncryptedPackage").hasPrefix("a password-protected Office file"), "told by content")
        #expect(try refusal(named: "file.txt").hasPrefix("an Office 97–2003 file"), "the first bytes decide, not the name")
    }
}
