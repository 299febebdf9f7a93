import Foundation
import ModelCore

/// An import stream read a little ahead on a second thread: while the store writes one task,
/// the next ones are parsed, checked and resolved, so that an import of a large file takes about
/// as long as the slower of the two rather than both. At most `depth` tasks wait between them.
///
/// The tasks, and an error the stream throws, come out in the file's order: the row before a bad
/// one is written, the bad one's error is thrown where it stands, and nothing after it is read.
/// The base stream is the second thread's alone until it has ended; `finished` hands it back
/// then, with what it counted.
public final class ReadAhead<Base: ImportStream>: ImportStream, @unchecked Sendable {
    public let mode: ImportBatch.Mode
    private var base: Base
    private let depth: Int
    private let condition = NSCondition()
    /// What the second thread has read and the store has not taken yet (under `condition`).
    private var incoming: [Result<Task?, any Error>] = []
    /// What the store takes from, without the lock: the last batch moved out of `incoming`.
    private var outgoing: [Result<Task?, any Error>] = []
    private var outgoingIndex = 0
    private var stopped = false
    private var fraction = 0.0
    private let ended = DispatchSemaphore(value: 0)
    private var hasEnded = false

    public init(_ base: Base, depth: Int = 1024) {
        self.base = base
        self.depth = depth
        mode = base.mode
        Thread { [self] in readAll() }.start()
    }

    deinit {
        stop()
    }

    public func next() throws -> Task? {
        if outgoingIndex == outgoing.count {
            condition.lock()
            while incoming.isEmpty { condition.wait() }
            swap(&incoming, &outgoing)
            incoming.removeAll(keepingCapacity: true)
            outgoingIndex = 0
            condition.signal()
            condition.unlock()
        }
        let result = outgoing[outgoingIndex]
        outgoingIndex += 1
        return try result.get()
    }

    /// The documents of the tasks read so far; whole once `next()` has returned nil.
    public var documents: [Document] { finished.documents }

    public var fractionRead: Double {
        condition.lock()
        defer { condition.unlock() }
        return fraction
    }

    /// The base stream, once the second thread has stopped reading it (at the file's end, at a
    /// bad row, or when told to stop): waits for that.
    public var finished: Base {
        waitForEnd()
        return base
    }

    /// Tells the second thread to read no more (the store failed) and waits for it.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        waitForEnd()
    }

    private func waitForEnd() {
        guard !hasEnded else { return }
        ended.wait()
        hasEnded = true
    }

    private func readAll() {
        defer { ended.signal() }
        while true {
            let result = Result { try base.next() }
            condition.lock()
            while incoming.count >= depth && !stopped { condition.wait() }
            guard !stopped else { return condition.unlock() }
            incoming.append(result)
            fraction = base.fractionRead
            condition.signal()
            condition.unlock()
            if case .success(.some) = result { continue }
            return
        }
    }
}
