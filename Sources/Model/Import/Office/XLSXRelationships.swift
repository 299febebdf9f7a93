import Foundation

/// A part's relationships (`xl/_rels/workbook.xml.rels`): where in the archive each target is,
/// by id and by kind (`worksheet`, `sharedStrings`, `styles`).
struct XLSXRelationships {
    /// Archive paths by relationship id (`rId1` → `xl/worksheets/sheet1.xml`).
    var paths: [String: String] = [:]
    /// The first target of each kind: the last word of its type URI.
    var pathsByKind: [String: String] = [:]

    /// The archive path of `target`, relative to the folder `base` (`xl`) or absolute (`/xl/…`);
    /// nil when it leaves the archive (`../../evil.xml`).
    static func path(of target: String, base: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : base + "/" + decoded
        var components: [Substring] = []
        for component in joined.split(separator: "/") where component != "." {
            if component == ".." {
                guard components.popLast() != nil else { return nil }
            } else {
                components.append(component)
            }
        }
        let path = components.joined(separator: "/")
        return OfficePackage.staysInside(path) ? path : nil
    }
}

/// Reads a `.rels` part, resolving its internal targets against the folder of the part it belongs to.
final class XLSXRelationshipsReader: SpreadsheetPartReading {
    private(set) var relationships = XLSXRelationships()
    private let base: String

    /// `base`: the folder of the part whose relationships these are (`xl` for the workbook).
    init(base: String) {
        self.base = base
    }

    func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", attributes["TargetMode"] != "External", let id = attributes["Id"],
            let path = attributes["Target"].flatMap({ XLSXRelationships.path(of: $0, base: base) })
        else { return }
        relationships.paths[id] = path
        if let kind = attributes["Type"]?.split(separator: "/").last.map(String.init), relationships.pathsByKind[kind] == nil {
            relationships.pathsByKind[kind] = path
        }
    }

    func end(_ name: String) {}

    func characters(_ text: String) {}
}
