import ArgumentParser
import Foundation
import ModelImport

/// `--format text|json` of `show`, `history`, `rounds` and `units`: the text for people (the
/// default), or one JSON document for scripts, the same in either language.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    static var help: ArgumentHelp {
        ArgumentHelp(localized(zh: "text（默认，给人看）或 json（给脚本用，键名为英文）。", en: "text (the default, for people) or json (for scripts, English keys)."))
    }

    /// Prints the text, or writes the JSON (see `StandardOutput`), as the format asks.
    func write(text: () -> String, json: () -> JSONValue) {
        switch self {
        case .text: print(text())
        case .json: StandardOutput.write(JSONWriter.document(json()))
        }
    }
}
