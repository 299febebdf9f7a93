/// An import read, checked and written a task at a time, so that neither the file nor all of its
/// tasks are held at once: what CSV and JSON in the export's shape are. A store writes every task
/// `next()` gives, then `documents`, in one transaction; an error thrown by `next()` undoes them all.
public protocol ImportStream {
    /// What the store does to tasks it already holds.
    var mode: ImportBatch.Mode { get }
    /// The next task, its names resolved, or nil when the file has no more.
    mutating func next() throws -> Task?
    /// The documents of the tasks given so far, each once, in the order they were first named.
    var documents: [Document] { get }
    /// How much of the file has been read, from 0 to 1: for a progress bar, as the number of
    /// tasks to come is not known.
    var fractionRead: Double { get }
}
