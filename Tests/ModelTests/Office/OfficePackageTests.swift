import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// The Office package reader on damaged archives that trapped inside ZIPFoundation's in-memory
/// reader (found by OfficeFuzzTests, docx cases 1000–1499): refused with one located error.
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
}
