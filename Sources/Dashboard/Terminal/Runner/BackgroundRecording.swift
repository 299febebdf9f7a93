import DashboardUI
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One write of the `u` or `c` form, made on a thread of its own so that the event loop goes on
/// while it waits (up to 5 s behind another process's write lock): live changes, resizes and
/// signals are still taken. The loop polls `descriptor`; once it is readable, `finish()` gives
/// the outcome.
final class BackgroundRecording: Sendable {
    /// Readable once the write has an outcome.
    let descriptor: Int32
    private let signalEnd: Int32
    private let outcome = Mutex<RecordOutcome?>(nil)

    /// Starts the write; nil when no pipe can be made (the caller then writes in place).
    init?(_ recording: Recording, by recorder: Recorder) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        descriptor = ends[0]
        signalEnd = ends[1]
        let thread = Thread { [self] in
            let result = recorder.record(recording)
            outcome.withLock { $0 = result }
            var byte: UInt8 = 1
            _ = write(signalEnd, &byte, 1)
        }
        thread.name = "duban write"
        thread.start()
    }

    /// The write's outcome, once `descriptor` is readable; closes the pipe.
    func finish() -> RecordOutcome {
        var byte: UInt8 = 0
        _ = read(descriptor, &byte, 1)
        close(descriptor)
        close(signalEnd)
        return outcome.withLock { $0 } ?? .failed("the write ended without an outcome")
    }
}
