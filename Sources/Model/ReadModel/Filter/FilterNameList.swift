/// A few canonical names, tested for membership faster than a `Set` when there are only a few:
/// most names differ in length, which costs nothing to compare, and no string is hashed.
struct FilterNameList: Sendable {
    let names: [String]

    init(_ names: some Sequence<String>) {
        self.names = Array(Set(names))
    }

    func contains(_ name: String) -> Bool {
        let length = name.utf8.count
        return names.contains { $0.utf8.count == length && $0 == name }
    }
}
