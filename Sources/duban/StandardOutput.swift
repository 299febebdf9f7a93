import Foundation
import ModelCore

#if canImport(Glibc)
    import Glibc
#endif

/// Where the machine-readable formats (JSON, CSV) go. To a file or a pipe the bytes are the
/// data, verbatim. On a terminal, control characters and bidirectional controls are shown
/// escaped (`\u{1B}`), CRLF becomes LF, so that an exported cell cannot drive the terminal.
enum StandardOutput {
    static func write(_ data: Data) {
        guard isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardOutput.write(data)
            return
        }
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        FileHandle.standardOutput.write(Data(SafeText.escaped(text).utf8))
    }
}
