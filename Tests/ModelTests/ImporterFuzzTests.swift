import Foundation
import TestSupport
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport

/// The importers under seeded mutations of the sample data: 1,000 cases each by default (25–40 ms a case in a debug build),
/// `DUBAN_FUZZ_CASES=100000 swift test --filter ImporterFuzzTests` for the long run. A case
/// starts from a slice of the sample (one to thirty tasks, one document of the gazette) so that
/// a case costs milliseconds; the whole gazette comes up now and then in the long run.
@Suite(.serialized) struct ImporterFuzzTests {
    private static let settings = RunSettings(prefix: "DUBAN_FUZZ_CASES", defaultCount: 1_000)
    /// The sample's tasks, the seeds of every fuzzer that starts from tasks.
    static let tasks = try! Importer.parse(
        Array(
            Data(
                contentsOf: GazetteFixture.packageRoot
                    .appendingPathComponent("sample-data/litong-2020-tasks.json"))), file: "sample", format: .json
    ).batch.tasks

    /// One to thirty consecutive tasks of the sample.
    private static func slice(_ random: inout SplitMix64) -> ArraySlice<Task> {
        let start = Int.random(in: 0..<tasks.count, using: &random)
        return tasks[start..<min(tasks.count, start + Int.random(in: 1...30, using: &random))]
    }

    @Test func gazetteText() throws {
        // Each supervised document's part of the issue (lines as numbered in the file) and each
        // document of the corpus (every layout); the 2号 plan, the longest, less often, and the
        // whole issue once in a thousand cases.
        let lines = Array(GazetteFixture.text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        func part(_ range: ClosedRange<Int>) -> [UInt8] { Array(lines[(range.lowerBound - 1)..<range.upperBound].joined(separator: [0x0A])) }
        let corpus = try FileManager.default.contentsOfDirectory(atPath: ImportCorpusTests.directory.path).filter { $0.hasSuffix(".txt") }
            .map { Array(try Data(contentsOf: ImportCorpusTests.directory.appendingPathComponent($0))) }
        let short = [part(4568...5008), part(5009...5975), part(6256...6657), part(8009...8767), part(8768...9816)] + corpus
        let plan = part(1...3654), whole = Array(GazetteFixture.text.utf8)
        let tokens = [
            "一、", "（一）", "1.", "12．", "责任领导：", "牵头单位：", "责任单位：", "配合单位：", "完成时限：",
            "吴利政办发〔2020〕2号", "附件5", "附件6", "— 62 —", "、", "，", "。", "\r\n", "各乡镇",
            "（", "）", "(", ")", "；", "牵头，", "配合）", "负责）", "（1）", "1、", "附件：1.", "共12项", "二十四条",
            "政策内容 具体任务 牵头单位 责任部门", "2021年 3 月 5 日", "（此件公开发布）", "利党办发[2021]9号", "一\n、\n"
        ]
        var run = FuzzRun(
            format: .gazette,
            seed: { random in
                switch Int.random(in: 0..<1000, using: &random) {
                case 0: whole
                case 1..<100: plan
                default: short.randomElement(using: &random)!
                }
            }, mutator: FuzzMutator(tokens: tokens), settings: Self.settings)
        try run.run(store: FuzzStore())
    }

    @Test func csv() throws {
        let tokens = ["\"", ",", "\"\"", "\r\n", "\n", "\r", "、", "=1+1", "-", "'", "null", "P2-8", "done", "2020-02-30", "101"]
        var run = FuzzRun(
            format: .csv, seed: { Array(TaskCSV.encode(Array(Self.slice(&$0)))) },
            mutator: FuzzMutator(tokens: tokens), settings: Self.settings)
        try run.run(store: FuzzStore())
    }

    @Test func json() throws {
        let tokens = [
            "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\uD800", "\\u001b", "null", "true", "-0.5e99",
            "1e400", "\"id\": \"P2-8\", ", "\"progress\": 101, ", String(repeating: "[", count: 100)
        ]
        var run = FuzzRun(
            format: .json, seed: { Array(TaskJSON.encode(Array(Self.slice(&$0)))) },
            mutator: FuzzMutator(tokens: tokens), settings: Self.settings)
        try run.run(store: FuzzStore())
    }
}
