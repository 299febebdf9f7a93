import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// An independent corpus of made-up documents (`Corpus/*.txt`), each with the tasks a careful reader
/// takes from it (`Corpus/expected/NAME.json`), compared field by field with what the gazette importer
/// makes of it. The documents are written for these tests, not taken from a real gazette.
@Suite struct ImportCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// One document file each: the layout it exercises.
    static let files = [
        "labelled",  // 1. labelled lines 责任领导/牵头单位/…, alone in its file, last task at the end of the file
        "brackets",  // 2. fields in brackets, full and half width, wrapped; numbering 1. 1． 1、; 附件1 of two
        "verbs",  // 3. （区发改局牵头，…配合） （…负责） （…落实）; （1） restarting in each chapter; title after the 文号
        "mixed",  // 4. labelled lines, brackets and verbs in one plan
        "gazette",  // 5. a gazette issue: an emergency plan and a notice that assign nothing, one plan, page furniture
        "count",  // 6. a plan that states its count: 共20件 and groups （三）区民政局（4件）
        "table",  // 7. a PDF table: 政策内容 具体任务 牵头单位 责任部门 …, vertical chapter cells, page breaks
        "reference",  // 8. the region's own measures attached for reference, then the district's list
        "twoparts",  // 9. two attachments that are both task lists: 附件1 and 附件2 imported separately
        "verbsandlabels"  // 10. another office and year: verbs, half-width brackets, labelled lines and a 完成时限 among verbs
    ]

    struct Expectation: Decodable {
        struct ExpectedDocument: Decodable {
            let name: String
            let taskCount: Int
        }

        struct ExpectedTask: Decodable {
            let document: String
            let number: Int
            let chapter: String
            let section: String?
            let text: String
            let leaders: [String]
            let leadUnits: [String]
            let responsibleUnits: [String]
            let cooperatingUnits: [String]
            let deadline: String?
        }

        let documents: [ExpectedDocument]
        let skippedDocuments: [String]
        let tasks: [ExpectedTask]
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent("\(name).txt")))
    }

    static func expectation(_ name: String) throws -> Expectation {
        let data = try Data(contentsOf: directory.appendingPathComponent("expected/\(name).json"))
        return try JSONDecoder().decode(Expectation.self, from: data)
    }

    private static func show(_ value: [String]) -> String { "[" + value.joined(separator: ", ") + "]" }
    private static func show(_ value: String?) -> String { value.map { "“\($0)”" } ?? "nil" }

    @Test func everyDocumentHasItsExpectations() throws {
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        #expect(Set(texts) == Set(Self.files))
        for name in Self.files {
            let expected = try Self.expectation(name)
            for document in expected.documents {
                let numbers = expected.tasks.filter { $0.document == document.name }.map(\.number)
                #expect(
                    numbers == (0..<document.taskCount).map { $0 + 1 },
                    "\(name).json: \(document.name) lists tasks \(numbers), taskCount \(document.taskCount)")
            }
        }
    }

    @Test(arguments: ImportCorpusTests.files) func importsTheDocumentFieldByField(_ name: String) throws {
        let file = "\(name).txt"
        let expected = try Self.expectation(name)
        let parsed = try Importer.parse(Self.bytes(name), file: file, format: .gazette)
        let tasks = parsed.batch.tasks
        let documents = parsed.batch.documents

        // Documents: exactly those expected, each with its number of tasks; the skipped ones nowhere.
        let names = documents.map(\.name)
        #expect(Set(names) == Set(expected.documents.map(\.name)), "\(file): documents \(names)")
        #expect(names.count == Set(names).count, "\(file): a document is imported twice: \(names)")
        for document in expected.documents {
            let count = tasks.filter { $0.document == document.name }.count
            if count != document.taskCount {
                Issue.record("\(file): \(document.name) has \(count) tasks, expected \(document.taskCount)")
            }
        }
        for skipped in expected.skippedDocuments {
            #expect(!names.contains(skipped), "\(file): \(skipped) assigns nothing and should be skipped")
            #expect(!tasks.contains { $0.document == skipped }, "\(file): tasks imported from \(skipped)")
        }
        let unexpected = tasks.filter { task in !expected.tasks.contains { $0.document == task.document && $0.number == task.number } }
        for task in unexpected {
            Issue.record("\(file): unexpected task \(task.id) (\(task.document) #\(task.number)): “\(task.text)”")
        }

        // Tasks: matched by document and ordinal, compared field by field.
        for want in expected.tasks {
            let matches = tasks.filter { $0.document == want.document && $0.number == want.number }
            guard let got = matches.first else {
                Issue.record("\(file): missing task \(want.document) #\(want.number): “\(want.text)”")
                continue
            }
            if matches.count > 1 {
                Issue.record("\(file): \(matches.count) tasks are \(want.document) #\(want.number): \(matches.map(\.id))")
            }
            let who = "\(file): task \(got.id) (\(want.document) #\(want.number))"
            func checkValue(_ field: String, _ actual: String?, _ wanted: String?) {
                if actual != wanted {
                    Issue.record("\(who) \(field): got \(Self.show(actual)), expected \(Self.show(wanted))")
                }
            }
            func checkList(_ field: String, _ actual: [String], _ wanted: [String]) {
                if actual != wanted {
                    Issue.record("\(who) \(field): got \(Self.show(actual)), expected \(Self.show(wanted))")
                }
            }
            checkValue("chapter", got.chapter, want.chapter)
            checkValue("section", got.section, want.section)
            checkValue("text", got.text, want.text)
            checkList("leaders", got.leaders, want.leaders)
            checkList("leadUnits", got.leadUnits, want.leadUnits)
            checkList("responsibleUnits", got.responsibleUnits, want.responsibleUnits)
            checkList("cooperatingUnits", got.cooperatingUnits, want.cooperatingUnits)
            checkValue("deadline", got.deadline?.description, want.deadline)
        }
    }

    // MARK: - Files cut short

    /// A copy of a corpus file kept up to and including one line, which the importer must refuse,
    /// naming a line between the document's first task and the cut.
    struct Cut: Sendable, CustomTestStringConvertible {
        let file: String
        /// How the line of the document's first task begins.
        let firstTask: String
        /// The whole first task line instead of its beginning (for a table's one-character cell).
        var firstTaskIsWholeLine = false
        /// How the last line kept begins.
        let through: String
        /// What in the document shows that something is missing.
        let signal: String

        var testDescription: String { "\(file) cut after “\(through)”" }
    }

    static let cuts: [Cut] = [
        // 1. Labelled lines, the plan alone at the end of its file.
        Cut(
            file: "labelled", firstTask: "1.地区生产总值", through: "10.完成城镇老旧小区改造",
            signal: "task 10 has its text but no 责任领导/牵头单位/责任单位 lines; the notice states 16项 and 10 are found"),
        Cut(
            file: "labelled", firstTask: "1.地区生产总值", through: "完成时限：9月15日前",
            signal: "task 11 is complete, so only the count the notice states (共3个方面16项) shows that 5 are missing"),
        // 2. Brackets; the notice announces 附件：1.…清单 2.…联络员名单.
        Cut(
            file: "brackets", firstTask: "1.全面推行", through: "5．深化工程建设项目审批制度改革",
            signal: "task 5's bracket (on the next line) is missing, and the announced 附件2 never comes"),
        Cut(
            file: "brackets", firstTask: "1.全面推行", through: "部门；牵头单位：区财政局",
            signal: "task 8 is complete; the notice announces 附件2 (联络员名单), which never comes"),
        // 6. A stated count: 共20件 in the notice and the plan, and a count per group.
        Cut(
            file: "count", firstTask: "1.新建利通区第十二小学", through: "9.为困难重度残疾人家庭",
            signal: "task 9 has no fields; （三）区民政局（4件） has 2 and the plan states 共20件"),
        Cut(
            file: "count", firstTask: "1.新建利通区第十二小学", through: "完成时限：11月15日前",
            signal: "task 13 is complete; （四）区人力资源和社会保障局（3件） has 2 and the plan states 共20件"),
        // 7. A table; the title says “十二条” and the notice announces 附件2 (联络员信息表).
        //    The first row begins with its vertical chapter cell 一.
        Cut(
            file: "table", firstTask: "一", firstTaskIsWholeLine: true, through: "星级饭店恢复经营。",
            signal: "row （八） has its task text but no units; 8 of the 十二条 and no 附件2"),
        Cut(
            file: "table", firstTask: "一", firstTaskIsWholeLine: true, through: "金融工作局 财政局",
            signal: "row （五） is complete; only 5 of the 十二条 are found and the announced 附件2 never comes")
    ]

    @Test(arguments: ImportCorpusTests.cuts) func aFileCutShortIsRefusedAtALineOfThePlan(_ cut: Cut) throws {
        let text = String(decoding: try Self.bytes(cut.file), as: UTF8.self)
        let lines = text.components(separatedBy: "\n")
        func number(of marker: String, whole: Bool) -> Int? {
            lines.firstIndex { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return whole ? trimmed == marker : trimmed.hasPrefix(marker)
            }.map { $0 + 1 }
        }
        let first = try #require(number(of: cut.firstTask, whole: cut.firstTaskIsWholeLine), "no line “\(cut.firstTask)”")
        let last = try #require(number(of: cut.through, whole: false), "no line “\(cut.through)”")
        try #require(first <= last)
        let kept = lines[0..<last].joined(separator: "\n") + "\n"
        do {
            let parsed = try Importer.parse(Array(kept.utf8), file: "\(cut.file)-cut.txt", format: .gazette)
            Issue.record("\(cut.file) cut after line \(last) imported \(parsed.batch.tasks.count) tasks without an error; the signal: \(cut.signal)")
        } catch let error as LocatedError {
            #expect(
                error.line > 0 && (first...last).contains(error.line),
                "\(cut.file) cut after line \(last): error at line \(error.line), expected \(first)...\(last): \(error)")
        }
    }
}
