import ArgumentParser
import ModelCore

/// `--status` takes a code (`in_progress`) or the Chinese word (`推进中`).
extension Status: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
