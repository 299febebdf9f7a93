/// The names each task gives in one role, as name numbers of a `SearchIndex`: task `t`'s numbers
/// are `numbers[starts[t]..<starts[t + 1]]`, all tasks' in one array.
struct NameReferences: Sendable {
    let numbers: [Int32]
    let starts: [Int]

    /// Sets `mask[t]` for every task `t` that gives a name whose number `names` marks.
    func mark(_ names: [Bool], into mask: inout [Bool]) {
        guard names.contains(true) else { return }
        numbers.withUnsafeBufferPointer { numbers in
            names.withUnsafeBufferPointer { names in
                for task in 0..<(starts.count - 1) where !mask[task] {
                    for position in starts[task]..<starts[task + 1] where names[Int(numbers[position])] {
                        mask[task] = true
                        break
                    }
                }
            }
        }
    }

    /// Whether task `task` gives a name whose number `names` marks.
    func gives(_ task: Int, oneOf names: [Bool]) -> Bool {
        numbers[starts[task]..<starts[task + 1]].contains { names[Int($0)] }
    }

    /// Collects the numbers task by task.
    struct Builder {
        private var numbers: [Int32] = []
        private var starts: [Int] = [0]

        mutating func add(_ lists: [Int32]...) {
            for list in lists { numbers += list }
            starts.append(numbers.count)
        }

        var references: NameReferences { NameReferences(numbers: numbers, starts: starts) }
    }
}
