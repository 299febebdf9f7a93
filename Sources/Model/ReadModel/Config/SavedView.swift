/// A named filter offered in the dashboard's views list: built in, or the user's own from the config file.
public struct SavedView: Equatable, Sendable {
    /// The name in a Chinese interface.
    public var nameZh: String
    /// The name in an English interface.
    public var nameEn: String
    /// Filter text in the language of `FilterExpression`.
    public var filter: String

    public init(nameZh: String, nameEn: String, filter: String) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.filter = filter
    }

    /// A user's view: one name whatever the interface language.
    public init(name: String, filter: String) {
        self.init(nameZh: name, nameEn: name, filter: filter)
    }
}
