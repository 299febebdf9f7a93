import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport
@testable import ModelRead
@testable import ModelStore

/// How long filtering takes at the dashboard's largest size: printed, not asserted.
@Suite struct FilterTimingTests {
    @Test func applyOverAHundredThousandTasks() throws {
        let sample = FilterFixtures.tasks
        let tasks = (0..<100_000).map { i in
            var task = sample[i % sample.count]
            task.id = "\(task.id)-\(i / sample.count)"
            return task
        }
        for text in ["投资", "town:金积镇 !status:done leader:马长军 项目"] {
            let expression = try FilterExpression.parse(text)
            let clock = ContinuousClock()
            var passed = 0
            let elapsed = clock.measure { passed = expression.apply(tasks, in: FilterFixtures.context).count }
            print("filter timing: apply “\(text)” over \(tasks.count) tasks: \(elapsed) (\(passed) passed)")
            #expect(passed > 0)
        }
    }
}
