import Foundation

/// A large JSON import made from the bundled tasks: `copies` times the 352 sample tasks under new
/// ids (K1-1 …) in one new document, so that an import takes long enough to be interrupted.
enum BigBatch {
    static let sample = CLIRunner.packageRoot.appendingPathComponent("sample-data/litong-2020-tasks.json")

    /// Writes the file to `path` and returns how many tasks it holds.
    static func write(copies: Int, to path: String) throws -> Int {
        let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as? [[String: Any]] ?? []
        var tasks: [[String: Any]] = []
        for copy in 0..<copies {
            for row in rows {
                var task = row
                let number = tasks.count + 1
                task["id"] = "K1-\(number)"
                task["document"] = "压力测试〔2026〕1号"
                task["number"] = number
                task["text"] = "\(row["text"] as? String ?? "")（副本\(copy + 1)）"
                tasks.append(task)
            }
        }
        try JSONSerialization.data(withJSONObject: tasks).write(to: URL(fileURLWithPath: path))
        return tasks.count
    }
}
