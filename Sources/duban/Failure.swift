import ArgumentParser
import Foundation
import ModelCore
import ModelStore

/// A command that cannot do what was asked, with a message for the user.
struct CommandFailure: Error {
    let message: String
}

/// Turns the errors of Model into one clear line on stderr and exit status 1.
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LocatedError {
        throw fail(error.description)
    } catch let error as StoreError {
        throw fail(error.description)
    } catch let error as CommandFailure {
        throw fail(error.message)
    }
}

private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("duban: \(SafeText.line(message))\n".utf8))
    return ExitCode.failure
}
