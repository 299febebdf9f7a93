import Testing

@testable import ModelRead

/// `FilterExpression.apply` at the dashboard's largest size: it gives, copy for copy, what the
/// filter gives on the sample, and stays linear. A debug build takes about 0.3 s for 100,000 tasks
/// here; 3 s is the bound, ten times that, so that only a change of complexity (a name resolved
/// per task, a quadratic join) fails it, not a busy machine.
@Suite struct FilterTimingTests {
    private static let bound = Duration.seconds(3)

    @Test(arguments: ["投资", "town:金积镇 !status:done leader:马长军 项目", "mcj", "unit:fgj 领导:mcj 项目"])
    func applyOverAHundredThousandTasks(_ text: String) throws {
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
        #expect(elapsed < Self.bound, "apply took \(elapsed) over \(tasks.count) tasks")
    }
}
