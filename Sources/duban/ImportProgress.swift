import Dispatch
import Foundation
import Synchronization

/// The progress bar of a long import on stderr: shown only when stderr is a terminal and the import
/// has taken more than a second, redrawn ten times a second from a timer, erased when it ends.
///
/// `@unchecked Sendable`: the timer is set once in `init`; everything its handler reads or writes
/// is behind `state`'s lock.
final class ImportProgress: @unchecked Sendable {
    private struct State {
        /// Tasks written so far and how far the import has come, from 0 to 1; nil while the file
        /// is read and checked.
        var written: (done: Int, fraction: Double, total: Int?)?
        /// Whether the tasks are written and the snapshot image is being written.
        var writingImage = false
        /// The line on screen, not drawn again while it stays the same.
        var shown: String?
        var finished = false
    }

    private let file: String
    private let start = ContinuousClock.now
    private let state = Mutex(State())
    private let timer: DispatchSourceTimer?

    init(file: String) {
        self.file = file
        guard isatty(STDERR_FILENO) == 1 else {
            timer = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        self.timer = timer
        timer.schedule(deadline: .now() + 1, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Tasks written so far, out of `total`.
    func writing(_ done: Int, of total: Int) {
        state.withLock { $0.written = (done, total > 0 ? Double(done) / Double(total) : 1, total) }
    }

    /// Tasks written so far, of a file read as it is written, `fraction` of it read: the number
    /// of tasks to come is not known.
    func writing(_ done: Int, fractionRead fraction: Double) {
        state.withLock { $0.written = (done, fraction, nil) }
    }

    /// The tasks are written; the snapshot image is next.
    func writingImage() {
        state.withLock { $0.writingImage = true }
    }

    /// Stops drawing and erases the bar; call before printing the summary.
    func finish() {
        timer?.cancel()
        state.withLock { state in
            if state.shown != nil { Self.write("\r\u{1B}[K") }
            state.shown = nil
            state.finished = true
        }
    }

    private func draw() {
        let elapsed = (ContinuousClock.now - start).components.seconds
        state.withLock { state in
            guard !state.finished else { return }
            let line: String
            if state.writingImage {
                line = localized(zh: "导入：正在写下次启动用的快照映像… \(elapsed) 秒", en: "import: writing the snapshot image for the next start … \(elapsed) s")
            } else if let (done, fraction, total) = state.written {
                let width = 30
                let filled = Int(fraction * Double(width))
                let count = total.map { "\(done)/\($0)" } ?? localized(zh: "\(done) 项", en: "\(done) tasks")
                line =
                    localized(zh: "导入：正在写入 [", en: "import: writing [") + String(repeating: "=", count: filled)
                    + String(repeating: " ", count: width - filled) + "] \(Int(fraction * 100))% \(count) "
                    + localized(zh: "\(elapsed) 秒", en: "\(elapsed) s")
            } else {
                let name = URL(fileURLWithPath: file).lastPathComponent
                line = localized(zh: "导入：正在读取 \(name)… \(elapsed) 秒", en: "import: reading \(name) … \(elapsed) s")
            }
            guard line != state.shown else { return }
            Self.write("\r" + line + "\u{1B}[K")
            state.shown = line
        }
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
