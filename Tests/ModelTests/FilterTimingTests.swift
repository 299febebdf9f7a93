import Testing

@testable import ModelRead

/// `FilterExpression.apply` at the dashboard's largest size: it gives, copy for copy, what the
/// filter gives on the sample, and stays linear. A debug build takes about 0.3 s for 100,000 tasks
/// here; 3 s is the bound, ten times that, so that only a change of complexity (a name resolved
/// per task, a quadratic join) fails it, not a busy machine. A bare term of letters (`mcj`) is
/// also matched without regard to case against every task's text, which a debug build does in
/// about 1.5 s: its bound is ten times that. (Release: 10.7 ms against 6.9 ms, `duban-bench dashboard`.)
@Suite struct FilterTimingTests {
    @Test(arguments: [
        ("投资", 3), ("town:金积镇 !status:done leader:马长军 项目", 3), ("mcj", 15), ("unit:fgj 领导:mcj 项目", 3)
    ])
    func applyOverAHundredThousandTasks(_ text: String, boundSeconds: Int) throws {
        let bound = Duration.seconds(boundSeconds)
        let sample = FilterFixtures.tasks
        let copies = 100_000 / sample.count
        let tasks = (0..<(copies * sample.count)).map { i in
            var task = sample[i % sample.count]
            task.id = "\(task.id)-\(i / sample.count)"
            return task
        }
        let expression = try FilterExpression.parse(text)
        let onSample = sample.filter { expression.matches($0, in: FilterFixtures.context) }.count
        #expect(onSample > 0, "the filter should pass some of the sample")
        let clock = ContinuousClock()
        var passed = 0
        let elapsed = clock.measure { passed = expression.apply(tasks, in: FilterFixtures.context).count }
        print("filter timing: apply “\(text)” over \(tasks.count) tasks: \(elapsed) (\(passed) passed)")
        #expect(passed == onSample * copies)
        #expect(elapsed < bound, "apply took \(elapsed) over \(tasks.count) tasks")
    }
}
