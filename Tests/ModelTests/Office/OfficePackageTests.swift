import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// The Office package reader (`ZIPDirectory`, `Inflate`) on damaged archives that ZIPFoundation's
/// reader trapped or spun on (found by OfficeFuzzTests: docx cases 1000–1499, xlsx 2000–2499):
/// refused with one located error.
@Suite struct OfficePackageTests {
    /// A valid package whose central directory points the entry's local header past the end of the file.
    static func pointingPastTheEnd() throws -> Data {
        var bytes = [UInt8](try WordPackageBuilder.docx(body: WordPackageBuilder.paragraph("推进项目建设")))
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let start = try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == central })
        // Central directory file header: the local header's offset is at byte 42, four bytes little-endian.
        for k in 0..<4 { bytes[start + 42 + k] = k == 3 ? 0x00 : 0xF0 }
        return Data(bytes)
    }

    @Test func anEntryWhoseHeaderLiesPastTheEndIsRefusedNotATrap() throws {
        let data = try Self.pointingPastTheEnd()
        #expect(throws: LocatedError.self) { try DOCXReader.document(of: data, file: "损坏.docx") }
        #expect(throws: LocatedError.self) { try XLSXReader.sheets(of: data, file: "损坏.xlsx") }
    }

    @Test func deflatedDataThatEndsBeforeItsStreamIsDamagedNotAnEndlessRead() throws {
        var bytes = [UInt8](try WordPackageBuilder.docx(body: WordPackageBuilder.paragraph(String(repeating: "推进项目建设", count: 50))))
        // The first entry's local header is at 0; its data follows the name and extra field.
        let start = 30 + Int(bytes[26]) + Int(bytes[27]) << 8 + Int(bytes[28]) + Int(bytes[29]) << 8
        // A stored block that promises 65,535 bytes the entry does not have.
        bytes.replaceSubrange(start..<(start + 5), with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
        let error = try #require(throws: LocatedError.self) { try DOCXReader.document(of: Data(bytes), file: "损坏.docx") }
        #expect(error.message == "the ZIP archive is damaged: word/document.xml cannot be unpacked")
    }
}
