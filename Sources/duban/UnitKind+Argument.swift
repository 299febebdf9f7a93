import ArgumentParser
import ModelCore

/// `--kind` takes a code (`department`) or the Chinese word (`区直部门`).
extension Unit.Kind: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
