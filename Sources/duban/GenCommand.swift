import ArgumentParser
import Foundation
import ModelDemo
import ModelImport
import ModelRead
import ModelStore

/// `duban gen`: deterministic synthetic tasks for benchmarks, as JSON, CSV or a store with history.
struct GenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: localized(zh: "生成与真实方案同样形状的合成任务（用于基准测试）。", en: "Generate synthetic tasks in the shape of a real plan (for benchmarks)."),
        discussion: localized(
            zh: """
                同样的 --tasks 和 --seed 生成逐字节相同的文件。格式随输出的扩展名：.json 和 .csv 只有任务\
                （用 `duban import` 导入）；.sqlite 或 .db 写一个新库，含这些任务，约一半任务带 1–3 条历史\
                （满 \(SnapshotImage.minimumTasks) 项时还有快照映像）。
                """,
            en: """
                The same --tasks and --seed give byte-identical files. The format follows the output's \
                extension: .json and .csv hold tasks only (import them with `duban import`); .sqlite or \
                .db writes a new store with the tasks and about half of them with 1–3 history entries \
                (and its snapshot image, from \(SnapshotImage.minimumTasks) tasks on).
                """)
    )

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(localized(zh: "任务数。", en: "How many tasks.")))
    var tasks: Int

    @Option(help: ArgumentHelp(localized(zh: "随机序列的种子。", en: "The seed of the random sequence.")))
    var seed: UInt64 = 1

    @Option(
        help: ArgumentHelp(
            localized(zh: "要写的文件：.json、.csv，或新库 .sqlite/.db。", en: "The file to write: .json, .csv, or .sqlite/.db for a new store."),
            valueName: "file"))
    var output: String

    func validate() throws {
        guard tasks > 0 else { throw ValidationError(localized(zh: "--tasks 须为正数", en: "--tasks must be positive")) }
        guard Kind(path: output) != nil else {
            throw ValidationError(
                localized(
                    zh: "--output 须以 .json、.csv、.sqlite 或 .db 结尾，而不是“\(output)”",
                    en: "--output must end in .json, .csv, .sqlite or .db, not “\(output)”"))
        }
    }

    /// What `--output` names.
    private enum Kind {
        case file(TaskFileWriter.Format)
        case store

        init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "json": self = .file(.json)
            case "csv": self = .file(.csv)
            case "sqlite", "db": self = .store
            default: return nil
            }
        }
    }

    func run() throws {
        try reportingFailures {
            var generator = TaskGenerator(seed: seed)
            switch Kind(path: output)! {
            case .file(let format):
                var writer = try writer(format)
                var written = 0
                while written < tasks {
                    let size = min(10_000, tasks - written)
                    try write { try writer.write((0..<size).map { _ in generator.next().task }) }
                    written += size
                }
                try write { try writer.finish() }
                print(localized(zh: "\(output)：\(tasks) 项任务（种子 \(seed)）", en: "\(output): \(tasks) tasks (seed \(seed))"))
            case .store:
                guard !FileManager.default.fileExists(atPath: output) else {
                    throw CommandFailure(
                        message: localized(zh: "\(output) 已存在；gen 只写新库", en: "\(output) exists; gen writes a new store only"))
                }
                let store = try SQLiteStore(path: output)
                defer { try? store.close() }
                let entries = try GeneratedStore.write(tasks, from: &generator, into: store)
                print(
                    localized(
                        zh: "\(output)：\(tasks) 项任务，\(entries) 条历史（种子 \(seed)）",
                        en: "\(output): \(tasks) tasks, \(entries) history entries (seed \(seed))"))
                if let image = SnapshotImageLine.write(for: store) { print(image) }
            }
        }
    }

    private func writer(_ format: TaskFileWriter.Format) throws -> TaskFileWriter {
        try write { try TaskFileWriter(path: output, format: format) }
    }

    /// Runs a file operation, turning a failure into one line naming the output.
    private func write<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(
                message: localized(zh: "无法写入 \(output)（", en: "cannot write \(output) (") + error.localizedDescription + localized(zh: "）", en: ")"))
        }
    }
}
