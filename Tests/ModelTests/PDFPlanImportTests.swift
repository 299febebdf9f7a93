import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// A plan of the corpus printed to PDF (fpdf2, WenQuanYi Micro Hei) and imported through its text
/// layer gives the same tasks as the plan's own text, field by field.
@Suite struct PDFPlanImportTests {
    @Test(arguments: ["labelled", "brackets", "verbs", "mixed"])
    func aPlanAsPDFImportsAsFromItsText(name: String) throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let text = try String(contentsOf: ImportCorpusTests.directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let pdf = try fixture.pdf(text: text, named: "\(name).pdf")
        let fromText = try Importer.parse(Array(text.utf8), file: name, format: .gazette).batch
        let fromPDF = try Importer.read(path: pdf).batch
        #expect(fromPDF.documents.map(\.name) == fromText.documents.map(\.name))
        #expect(fromPDF.tasks.count == fromText.tasks.count)
        for (got, expected) in zip(fromPDF.tasks, fromText.tasks) {
            #expect(got.id == expected.id)
            #expect(got.text == expected.text, "\(got.id)")
            #expect(got.chapter == expected.chapter, "\(got.id)")
            #expect(got.section == expected.section, "\(got.id)")
            #expect(got.leaders == expected.leaders, "\(got.id)")
            #expect(got.leadUnits == expected.leadUnits, "\(got.id)")
            #expect(got.responsibleUnits == expected.responsibleUnits, "\(got.id)")
            #expect(got.cooperatingUnits == expected.cooperatingUnits, "\(got.id)")
            #expect(got.deadline == expected.deadline, "\(got.id)")
        }
    }

    @Test func aPDFWithoutTextIsRefusedInOneLine() throws {
        let fixture = try PDFFixture()
        defer { fixture.cleanUp() }
        let scan = try fixture.blankPDF()
        #expect(throws: LocatedError(file: scan, line: 0, message: PDFImportTests.scanMessage)) {
            try Importer.read(path: scan)
        }
    }
}
