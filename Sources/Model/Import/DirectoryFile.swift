import Foundation
import ModelCore

/// A directory of units from a file (`duban units import`), in the shape `duban units export`
/// writes: a JSON syntax error names its line; a missing or mistyped field names where it is.
public enum DirectoryFile {
    public static func read(path: String) throws(LocatedError) -> Directory {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LocatedError(file: path, line: 0, message: "cannot read the file (\(error.localizedDescription))")
        }
        _ = try JSONParser.parse(Array(data), file: path)
        let directory: Directory
        do {
            directory = try Directory(json: data)
        } catch let error as DecodingError {
            throw LocatedError(file: path, line: 0, message: "not a directory of units: \(reason(error))")
        } catch {
            throw LocatedError(file: path, line: 0, message: "not a directory of units: \(error.localizedDescription)")
        }
        guard !directory.units.isEmpty else {
            throw LocatedError(file: path, line: 0, message: "a directory of units with no unit in it")
        }
        return directory
    }

    private static func reason(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            path.isEmpty ? "the top" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(place(context.codingPath)) has no “\(key.stringValue)”"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
