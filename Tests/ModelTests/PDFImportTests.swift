import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// PDFs built at test time by `PDFFixtures/make_pdf.py` read back through pdftotext.
@Suite struct PDFImportTests {
    static let plan = """
        吴利政办发〔2021〕6号
        利通区2021年重点工作任务分解方案
        1.推进黄河流域生态保护和高质量发展先行区建设。
        责任领导：张军
        牵头单位：区发展和改革局
        责任单位：各乡镇
        2.深化“放管服”改革，优化营商环境。
        责任领导：李明
        牵头单位：区审批服务管理局
        责任单位：区直各部门
        3.实施乡村振兴战略，巩固脱贫攻坚成果。
        责任领导：张军
        牵头单位：区农业农村局
        责任单位：各乡镇、区财政局
        """

    static let scanMessage = "the PDF has no text layer (a scanned image?): run OCR on it first, or import its text"

    /// The non-blank lines of `text`, whitespace removed, since `-layout` pads with spaces.
    private func squeezedLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
            .filter { !$0.isEmpty }
    }

    private func failure(_ body: () throws(LocatedError) -> String) -> LocatedError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func extractionGivesBackEveryLine() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let text = try PDFText.extract(path: try fixture.pdf(text: Self.plan))
        #expect(squeezedLines(text) == squeezedLines(Self.plan))
    }

    @Test func aPageBreakBecomesANewline() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        var lines = Self.plan.components(separatedBy: "\n")
        lines[6] = "\u{0C}" + lines[6]
        let path = try fixture.pdf(text: lines.joined(separator: "\n"))
        let text = try PDFText.extract(path: path)
        #expect(!text.contains("\u{0C}"))
        #expect(squeezedLines(text) == squeezedLines(Self.plan))
        let raw = try fixture.pdftotext(path)
        #expect(raw.filter { $0 == "\u{0C}" }.count == 2, "pdftotext ends each of the two pages with a form feed")
    }

    @Test func aLongPDFIsReadWhole() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let long = Array(repeating: Self.plan, count: 300).joined(separator: "\n")
        let text = try PDFText.extract(path: try fixture.pdf(text: long))
        #expect(text.utf8.count > 128 * 1024, "well past a pipe's 64 KiB buffer")
        #expect(squeezedLines(text) == squeezedLines(long))
    }

    @Test func aPDFWithoutTextFailsAsAScan() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let path = try fixture.blankPDF()
        #expect(
            failure { () throws(LocatedError) in try PDFText.extract(path: path) }
                == LocatedError(file: path, line: 0, message: Self.scanMessage))
    }

    @Test func aMissingFileFailsWithPdftotextsMessage() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let path = fixture.path("absent.pdf")
        let error = try #require(failure { () throws(LocatedError) in try PDFText.extract(path: path) })
        #expect(error.file == path)
        #expect(error.line == 0)
        #expect(error.message.hasPrefix("cannot read PDF: I/O Error: Couldn't open file"), "\(error)")
        #expect(error.description.hasPrefix("\(path): cannot read PDF: "))
        #expect(!error.message.contains("\n"))
    }

    @Test func aBrokenFileFailsWithPdftotextsFirstError() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let path = fixture.path("broken.pdf")
        try Data("%PDF-1.4\n1 0 obj garbage\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(failure { () throws(LocatedError) in try PDFText.extract(path: path) })
        #expect(error.file == path)
        #expect(error.message.hasPrefix("cannot read PDF: Syntax Error"), "\(error)")
        #expect(!error.message.contains("\n"))
    }

    @Test func aLockedPDFFailsWithPdftotextsMessage() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let path = try fixture.lockedPDF()
        let error = try #require(failure { () throws(LocatedError) in try PDFText.extract(path: path) })
        #expect(error.file == path)
        #expect(error.message == "cannot read PDF: Command Line Error: Incorrect password", "\(error)")
    }

    @Test func withoutPdftotextTheErrorSaysWhatToInstall() {
        let path = "/nowhere/plan.pdf"
        #expect(
            failure { () throws(LocatedError) in try PDFText.extract(path: path, searchPath: "/nonexistent-bin:") }
                == LocatedError(
                    file: path, line: 0,
                    message: "cannot read PDF: pdftotext is not installed "
                        + "(install Debian's poppler-utils: apt-get install poppler-utils)"))
    }

    @Test func tableColumnsStayOnOneLine() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let path = try fixture.tablePDF(rows: [
            ["序号", "工作任务", "牵头单位", "责任单位"],
            ["1", "推进黄河流域生态保护和高质量发展|先行区建设", "区发展和改革局", "各乡镇"],
            ["2", "深化“放管服”改革，优化营商环境", "区审批服务管理局", "区直各部门|各乡镇"],
            ["3", "实施乡村振兴战略，巩固脱贫攻坚成果", "区农业农村局", "各乡镇、区财政局"]
        ])
        let text = try PDFText.extract(path: path)
        print("pdftotext -layout of the table PDF:\n" + text)
        let header = try #require(text.split(whereSeparator: \.isNewline).first { $0.contains("序号") })
        var rest = Substring(header)
        for word in ["序号", "工作任务", "牵头单位", "责任单位"] {
            let found = try #require(rest.range(of: word), "\(word) is not on the header line after the previous column: \(header)")
            rest = rest[found.upperBound...]
        }
        let row = try #require(text.split(whereSeparator: \.isNewline).first { $0.contains("推进黄河流域") })
        #expect(row.contains("区发展和改革局") && row.contains("各乡镇"), "a row's cells stay on one line: \(row)")
    }
}

extension PDFImportTests {
    /// `FileKind.of` tells PDFs, zips and text apart by their bytes, whatever the file's name.
    @Suite struct FileKindTests {
        @Test func pdfBytesArePDF() {
            #expect(FileKind.of(Array("%PDF-1.7\n%âãÏÓ\n".utf8)) == .pdf)
            #expect(FileKind.of(Array("%PDF-".utf8)) == .pdf)
        }

        @Test func junkBeforeThePDFHeaderIsAllowedUpTo1024Bytes() {
            let header = Array("%PDF-1.4\n".utf8)
            #expect(FileKind.of([UInt8](repeating: 0x20, count: 1024) + header) == .pdf)
            #expect(FileKind.of([UInt8](repeating: 0x20, count: 1025) + header) == .text)
        }

        @Test func zipBytesAreZip() {
            #expect(FileKind.of([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) == .zip)
            #expect(FileKind.of([0x50, 0x4B, 0x05, 0x06]) == .text, "an empty archive's end record is not a file to import")
        }

        @Test func otherBytesAreText() {
            #expect(FileKind.of(Array("吴利政办发〔2021〕6号\n1.推进".utf8)) == .text)
            #expect(FileKind.of(Array("%PDF".utf8)) == .text)
            #expect(FileKind.of([]) == .text)
            #expect(FileKind.of(Array("序号,工作任务\n".utf8)) == .text)
        }

        @Test func aPDFNamedTxtIsStillAPDF() throws {
            let fixture = try PDFFixture()
            defer { fixture.cleanUp() }
            let path = try fixture.pdf(text: PDFImportTests.plan, named: "plan.txt")
            #expect(FileKind.of(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) == .pdf)
        }
    }
}

/// A scratch folder with PDFs written by `make_pdf.py`; fails, saying what to install, when a tool is missing.
struct PDFFixture {
    /// A test prerequisite that is not installed.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("PDFFixtures/make_pdf.py").path
    let directory: URL
    private let python: URL

    init() throws {
        guard let python = PDFText.executableOnPath("python3") else {
            throw Missing(
                description: "python3 is not on PATH; the PDF tests need it with fpdf2 "
                    + "(apt-get install python3 python3-pip; python3 -m pip install fpdf2), or run scripts/bootstrap")
        }
        guard PDFText.executableOnPath("pdftotext") != nil else {
            throw Missing(description: "pdftotext is not on PATH (apt-get install poppler-utils), or run scripts/bootstrap")
        }
        self.python = python
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// The text's lines as a PDF; a form feed in the text starts a new page.
    func pdf(text: String, named name: String = "plan.pdf") throws -> String {
        let source = path(name + ".source.txt")
        try text.write(toFile: source, atomically: true, encoding: .utf8)
        try make([source, path(name)])
        return path(name)
    }

    /// A PDF with only a drawn rectangle.
    func blankPDF() throws -> String {
        try make(["--blank", path("scan.pdf")])
        return path("scan.pdf")
    }

    /// A PDF behind a user password.
    func lockedPDF() throws -> String {
        try make(["--locked", path("locked.pdf")])
        return path("locked.pdf")
    }

    /// A ruled table, a column per cell; "|" breaks a cell into lines.
    func tablePDF(rows: [[String]]) throws -> String {
        let source = path("table.tsv")
        try rows.map { $0.joined(separator: "\t") }.joined(separator: "\n").write(toFile: source, atomically: true, encoding: .utf8)
        try make(["--table", source, path("table.pdf")])
        return path("table.pdf")
    }

    /// pdftotext's own output, form feeds and all.
    func pdftotext(_ pdf: String) throws -> String {
        let tool = try #require(PDFText.executableOnPath("pdftotext"))
        let (status, output, errors) = try run(tool, ["-layout", "-enc", "UTF-8", pdf, "-"])
        try #require(status == 0, "pdftotext failed: \(errors)")
        return output
    }

    private func make(_ arguments: [String]) throws {
        let (status, _, errors) = try run(python, [Self.script] + arguments)
        if status == 3 { throw Missing(description: errors.trimmingCharacters(in: .whitespacesAndNewlines) + ", or run scripts/bootstrap") }
        try #require(status == 0, "make_pdf.py \(arguments.joined(separator: " ")) failed: \(errors)")
    }

    /// Runs a tool, its stderr to a file so that neither pipe can fill up while the other is read.
    private func run(_ tool: URL, _ arguments: [String]) throws -> (Int32, String, String) {
        let errorPath = path("stderr-\(UUID().uuidString)")
        try #require(FileManager.default.createFile(atPath: errorPath, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errors = try #require(FileHandle(forWritingAtPath: errorPath))
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), errorText)
    }
}
